import { describe, expect, it } from 'vitest';
import { insertNewlineContinueMarkup } from '@codemirror/lang-markdown';
import { indentListItem, outdentListItem } from './list-indent';
import { apply, marked, run, stateWith } from './test-state';

describe('list items and Tab', () => {
  it('nests a bullet item under the one before it', () => {
    expect(apply(indentListItem, '- one\n- tw|o')).toBe('- one\n  - tw|o');
  });
  it('aligns a nested ordered item with the text of its parent', () => {
    expect(apply(indentListItem, '1. one\n2. tw|o')).toBe('1. one\n   2. tw|o');
  });
  it('moves the item with its own sub-items', () => {
    expect(apply(indentListItem, '- a\n- b|\n  - c\n- d')).toBe('- a\n  - b|\n    - c\n- d');
  });
  it('leaves the first item alone: there is nothing to nest it under', () => {
    expect(apply(indentListItem, '- fi|rst\n- second')).toBe('- fi|rst\n- second');
  });
  it('declines outside lists so Tab keeps its usual meaning', () => {
    expect(apply(indentListItem, 'plain |text')).toBeNull();
  });
  it('nests the empty item that Enter just continued', () => {
    const continued = run(insertNewlineContinueMarkup, stateWith('- one|'));
    expect(continued && marked(continued)).toBe('- one\n- |');
    const nested = continued && run(indentListItem, continued);
    expect(nested && marked(nested)).toBe('- one\n  - |');
  });
});

describe('list items and Shift-Tab', () => {
  it('moves a nested item out to its parent level', () => {
    expect(apply(outdentListItem, '- one\n  - tw|o')).toBe('- one\n- tw|o');
  });
  it('undoes an indent of an ordered item', () => {
    expect(apply(outdentListItem, '1. one\n   2. tw|o')).toBe('1. one\n2. tw|o');
  });
  it('does nothing to a top-level item', () => {
    expect(apply(outdentListItem, '- on|e')).toBe('- on|e');
  });
});
