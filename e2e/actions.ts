/** What a user does in the window, as small steps the e2e specs share. */
import type { Page } from 'playwright-core';

/** Clicks the post in the sidebar and waits until the editor shows `firstBodyWords`. */
export async function openPost(page: Page, title: string, firstBodyWords: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await page.locator('.cm-content').getByText(firstBodyWords).first().waitFor();
}

/** Puts the caret at the start of 0-based `line` with the keyboard, as a user would. */
export async function caretToLine(page: Page, line: number): Promise<void> {
  await page.locator('.cm-content .cm-line').first().click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < line; i++) await page.keyboard.press('ArrowDown');
}

/** Types at the very end of the document. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content .cm-line').first().click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

export const saveStateText = (page: Page) => page.getByTestId('save-state').textContent();
/**
 * The editor's whole text, as it would be saved. Read from CodeMirror's state the way
 * `EditorView.findFromDOM` does: the DOM holds only the lines in view.
 */
export const editorText = (page: Page) =>
  page.evaluate(() => {
    type Tile = { root?: { view?: { state: { sliceDoc(): string } } } };
    const content = document.querySelector('.cm-content') as (Element & { cmTile?: Tile }) | null;
    const view = content?.cmTile?.root?.view;
    if (!view) throw new Error('no CodeMirror view on the page');
    return view.state.sliceDoc();
  });
