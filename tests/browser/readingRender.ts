/**
 * A stand-in for Obsidian's Reading-view renderer in the browser tests: a section's table
 * as a <table> whose cells hold the cell's inline HTML as markup (a `[ ]` stays text), put
 * on the page (of `document`, or a pop-out's).
 */
export function rendered(source: string, document: Document = window.document): HTMLElement {
  const section = document.createElement('div');
  const table = document.createElement('table');
  for (const line of source.split(/\r?\n/).filter((l) => l.startsWith('|') && !/^\|\s*-/.test(l))) {
    const tr = table.insertRow();
    for (const cell of line.replace(/^\||\|$/g, '').split('|')) {
      const td = document.createElement(table.rows.length === 1 ? 'th' : 'td');
      td.append(...[...new DOMParser().parseFromString(cell.trim(), 'text/html').body.childNodes].map((node) => document.importNode(node, true)));
      tr.appendChild(td);
    }
  }
  section.appendChild(table);
  document.body.appendChild(section);
  return section;
}
