import type { Link } from 'mdast';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';

/*
 * Stands in for `mdast-util-gfm-autolink-literal` in every build and test (`replacedModules`
 * in scripts/buildOptions.mjs, an alias of the bundles and of the test configs), so
 * remark-gfm stays whole but this part of it is ours.
 *
 * Why: that package's extra pass over the tree (`transformGfmAutolinkLiterals`) finds bare
 * URLs and e-mail addresses with regex lookbehinds. iOS below 16.4 cannot compile a
 * lookbehind, and one such literal in main.js is a syntax error that stops the whole
 * plugin loading there. The pass is left out, not rewritten: the links it adds carry no
 * source position, so nothing here could splice by them, and a bare URL in a title shows
 * as the same text either way. The micromark half of GFM still reads `https://…`,
 * `www.…` and `a@b.c` as links (with positions); these handlers turn its tokens into
 * link nodes exactly as the package does.
 */

function enterLiteralAutolink(this: CompileContext, token: Token): undefined {
  this.enter({ type: 'link', title: null, url: '', children: [] } satisfies Link, token);
}

function enterLiteralAutolinkValue(this: CompileContext, token: Token): undefined {
  this.config.enter.autolinkProtocol.call(this, token);
}

function exitLiteralAutolinkHttp(this: CompileContext, token: Token): undefined {
  this.config.exit.autolinkProtocol.call(this, token);
}

function exitLiteralAutolinkWww(this: CompileContext, token: Token): undefined {
  this.config.exit.data.call(this, token);
  const node = this.stack[this.stack.length - 1];
  if (node.type === 'link') node.url = 'http://' + this.sliceSerialize(token);
}

function exitLiteralAutolinkEmail(this: CompileContext, token: Token): undefined {
  this.config.exit.autolinkEmail.call(this, token);
}

function exitLiteralAutolink(this: CompileContext, token: Token): undefined {
  this.exit(token);
}

/** GFM autolink literals from micromark's tokens; no lookbehind pass over the tree. */
export function gfmAutolinkLiteralFromMarkdown(): Extension {
  return {
    transforms: [],
    enter: {
      literalAutolink: enterLiteralAutolink,
      literalAutolinkEmail: enterLiteralAutolinkValue,
      literalAutolinkHttp: enterLiteralAutolinkValue,
      literalAutolinkWww: enterLiteralAutolinkValue,
    },
    exit: {
      literalAutolink: exitLiteralAutolink,
      literalAutolinkEmail: exitLiteralAutolinkEmail,
      literalAutolinkHttp: exitLiteralAutolinkHttp,
      literalAutolinkWww: exitLiteralAutolinkWww,
    },
  };
}

/** The package's serialiser half as it is (remark-gfm registers it; nothing here serialises). */
export function gfmAutolinkLiteralToMarkdown() {
  const inConstruct = 'phrasing';
  const notInConstruct = ['autolink', 'link', 'image', 'label'];
  return {
    unsafe: [
      { character: '@', before: '[+\\-.\\w]', after: '[\\-.\\w]', inConstruct, notInConstruct },
      { character: '.', before: '[Ww]', after: '[\\-.\\w]', inConstruct, notInConstruct },
      { character: ':', before: '[ps]', after: '\\/', inConstruct, notInConstruct },
    ],
  };
}
