import { Compartment, type Extension, type StateEffect } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

const wrapping = new Compartment();

/** Soft-wraps long lines (on by default for prose); switch at run time with setLineWrapping. */
export function lineWrapping(on: boolean): Extension {
  return wrapping.of(on ? EditorView.lineWrapping : []);
}

/** The effect that turns wrapping on or off in a running editor. */
export function setLineWrapping(on: boolean): StateEffect<unknown> {
  return wrapping.reconfigure(on ? EditorView.lineWrapping : []);
}
