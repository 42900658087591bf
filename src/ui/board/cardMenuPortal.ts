import { mount, unmount, type ComponentProps } from 'svelte';
import CardMenu from './CardMenu.svelte';

/**
 * The card menu, drawn in the body of the window the view is in (an attachment on any
 * element of the view). Fixed positioning then means that window: inside the view, an
 * engine that makes a `container-type` element the containing block of fixed elements
 * (iOS below 18.4, Chromium below 129) would place the menu from the view's corner, off
 * screen in a right sidebar. Mounted as its own root, so its events are handled in a
 * pop-out window's body too; removed when the view is, or the menu closes.
 */
export function cardMenuIn(props: ComponentProps<typeof CardMenu>) {
  return (anchor: Element) => {
    const menu = mount(CardMenu, { target: anchor.ownerDocument.body, props });
    return () => void unmount(menu);
  };
}
