export interface Area {
  mutate: string[];
  node: string[];
  exclude?: string[];
  browser?: string[];
  zone?: string;
  about: string;
}
export const AREAS: Record<string, Area>;
export function currentArea(name?: string): Area & { name: string };
