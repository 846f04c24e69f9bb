import type { Locator, Page } from 'playwright-core';

/**
 * The texts of the visible buttons drawn as primary (the brand background) in `scope`,
 * the mouse moved away so that none shows its hover colour.
 */
export async function primaryButtons(page: Page, scope: Locator): Promise<(string | null)[]> {
  await page.mouse.move(0, 0);
  // Fluent eases a button's background in: let a just-drawn one end its transition.
  await page.waitForTimeout(400);
  return scope.evaluate((element) => {
    // Fluent's tokens are CSS variables of the provider: a probe inside the pane resolves the brand colour.
    const probe = document.createElement('span');
    probe.style.color = 'var(--colorBrandBackground)';
    (element.querySelector('button')?.parentElement ?? element).append(probe);
    const brandRgb = getComputedStyle(probe).color;
    probe.remove();
    return (
      [...element.querySelectorAll('button')]
        // Drawn: a tab panel kept mounted but hidden does not count.
        .filter((button) => button.checkVisibility() && getComputedStyle(button).backgroundColor === brandRgb)
        .map((button) => button.textContent)
    );
  });
}

export type AlphabetLayout = {
  /** How many radios (letters and "Tous"). */
  radios: number;
  /** Cells per line ("Tous" takes two). */
  cellsPerLine: number[];
  /** Radios on the last line. */
  lastLine: number;
  /** Radios wider than the pane. */
  outside: number;
  /** Radios smaller than WCAG 2.2's 24 × 24 px target. */
  tooSmall: number;
  paneWidth: number;
};

/** How the A–Z bar (a toolbar of radios) is laid out in the pane. */
export async function alphabetLayout(pane: Locator, bar: Locator): Promise<AlphabetLayout> {
  const boxes = await bar.getByRole('radio').evaluateAll((radios) =>
    radios.map((radio) => {
      const box = radio.getBoundingClientRect();
      return { top: Math.round(box.top), right: box.right, width: box.width, height: box.height };
    }),
  );
  const paneBox = await pane.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { right: box.right, width: box.width };
  });
  const lines = [...new Set(boxes.map((box) => box.top))].map((top) => boxes.filter((box) => box.top === top));
  return {
    radios: boxes.length,
    cellsPerLine: lines.map((line, index) => line.length + (index === 0 ? 1 : 0)),
    lastLine: lines.at(-1)?.length ?? 0,
    outside: boxes.filter((box) => box.right > paneBox.right + 0.5).length,
    tooSmall: boxes.filter((box) => box.width < 24 || box.height < 24).length,
    paneWidth: Math.round(paneBox.width),
  };
}

/** Whether the focused element is `locator` or inside it. */
export function holdsFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement || element.contains(document.activeElement));
}
