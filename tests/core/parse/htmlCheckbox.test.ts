import { describe, expect, it } from 'vitest';
import { isBreakTag, parseHtmlCheckbox } from '../../../src/core/parse/htmlCheckbox';

describe('parseHtmlCheckbox', () => {
  it.each([
    ['<input type="checkbox" checked id="7d8cec">', { checked: true, id: '7d8cec' }],
    ['<input type="checkbox" unchecked id="28acf1">', { checked: false, id: '28acf1' }],
    ['<INPUT TYPE="CHECKBOX" CHECKED ID="A1">', { checked: true, id: 'A1' }],
    ['<input type="checkbox" checked id="x"/>', { checked: true, id: 'x' }],
    ['<input type="checkbox" />', { checked: false, id: null }],
    ['<input id="b" checked type="checkbox">', { checked: true, id: 'b' }],
    ['<input type="checkbox" checked="checked">', { checked: true, id: null }],
    ['<input type="checkbox" checked="">', { checked: true, id: null }],
    ["<input type='checkbox' id='q'>", { checked: false, id: 'q' }],
    ['<input type=checkbox checked id=z1>', { checked: true, id: 'z1' }],
    ['<input type="checkbox" id="">', { checked: false, id: null }],
  ])('%s', (tag, expected) => {
    expect(parseHtmlCheckbox(tag)).toEqual(expected);
  });

  it.each(['<input type="text" checked>', '<input>', '<inputs type="checkbox">', '<div type="checkbox">', 'text'])('%s is not a checkbox', (tag) => {
    expect(parseHtmlCheckbox(tag)).toBeNull();
  });

  it('knows break tags', () => {
    expect(['<br>', '<br/>', '<BR />', ' <br> '].map(isBreakTag)).toEqual([true, true, true, true]);
    expect(isBreakTag('<b>')).toBe(false);
  });
});
