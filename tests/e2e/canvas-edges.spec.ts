/**
 * Issue 14's rough edges on the canvas, as a first-time user meets them: text cut off on the cards, the legend over
 * boxes, a selected unit behind the side panel or the minimap, the top box off screen after an import, a refused
 * drag that explains itself only after the drop, an exported image that differs from the canvas. Each test fails on
 * the old behaviour through a geometry check, and saves screenshots to look at.
 */
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { OrgSimPage } from './pages/OrgSimPage';

// The machine these run on is shared and loaded: simulations and builds get room, nothing is weakened.
test.setTimeout(120_000);

/** The cards drawn at full detail (zoomed out they are simplified on purpose). */
const fullCards = (page: Page) => page.locator('[data-testid="unit-node"]:not([data-detail])');

/** Every piece of text in the cards that is clipped (an ellipsis) or runs past the card's border, as "unit: text". */
async function cutOff(cards: Locator): Promise<string[]> {
  return cards.evaluateAll((els) => {
    const found: string[] = [];
    for (const card of els) {
      const box = card.getBoundingClientRect();
      for (const el of card.querySelectorAll<HTMLElement>('*')) {
        if (el.classList.contains('react-flow__handle') || !el.textContent?.trim()) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const clipped = el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible';
        const outside = r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5 || r.left < box.left - 0.5 || r.top < box.top - 0.5;
        if (clipped || outside) found.push(`${card.getAttribute('data-unit-id')}: "${el.textContent.trim()}" ${clipped ? 'clipped' : 'past the border'}`);
      }
    }
    return found;
  });
}

/** Each card fills exactly the box React Flow gives its node (the layout's size), no more, no less. */
async function cardsMatchTheirNodes(cards: Locator): Promise<string[]> {
  return cards.evaluateAll((els) =>
    els
      .map((card) => {
        const node = card.parentElement!;
        const a = card.getBoundingClientRect();
        const b = node.getBoundingClientRect();
        return Math.abs(a.width - b.width) > 0.5 || Math.abs(a.height - b.height) > 0.5 ? `${card.getAttribute('data-unit-id')}: card ${a.width}×${a.height}, node ${b.width}×${b.height}` : '';
      })
      .filter(Boolean),
  );
}

async function expectCardsFit(page: Page, what: string): Promise<void> {
  const cards = fullCards(page);
  expect(await cards.count(), `${what}: full cards on screen`).toBeGreaterThan(0);
  expect(await cutOff(cards), `${what}: text cut off`).toEqual([]);
  expect(await cardsMatchTheirNodes(cards), `${what}: card and node sizes`).toEqual([]);
}

async function runSimulationTo(page: Page, month: number): Promise<void> {
  await page.getByRole('button', { name: 'Timeline' }).click();
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await expect(page.getByTestId('event-log')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Month', { exact: true }).fill(String(month));
  await expect(page.getByTestId('timeline-month')).toHaveText(new RegExp(`^Month ${month} of`));
}

test('1. every card shows all its text: badges, what a collapsed unit hides, what the simulation did', async ({ app, window: page }) => {
  await page.getByRole('button', { name: 'Collapse Product Engineering A' }).click();
  await page.getByRole('button', { name: 'Collapse Platform' }).click();
  await expect(app.unit('Platform')).toContainText('+4 units, 22 people hidden');
  await app.screenshot('canvas-edges-1-collapsed');
  await expectCardsFit(page, 'collapsed');

  // Nobody is ready now: the badges read "N in 6-12 months · M to assess", the longest a badge gets.
  await app.setPolicy('Years as EM for “ready now”', 20);
  await expect(page.getByTestId('unit-badge').filter({ hasText: 'in 6-12 months' }).first()).toBeVisible();
  await app.screenshot('canvas-edges-1-badges-6-12');
  await expectCardsFit(page, '6-12 months badges');
  await app.setPolicy('Years as EM for “6-12 months”', 20);
  await expect(page.getByTestId('unit-badge').filter({ hasText: /to assess|none inside/ }).first()).toBeVisible();
  await expectCardsFit(page, 'to assess badges');
});

test('1. cards at a simulated month show what happened there in full, collapsed units too', async ({ app, window: page }) => {
  await page.getByRole('button', { name: 'Collapse Platform' }).click();
  await runSimulationTo(page, 18);
  await expect(page.getByTestId('unit-history').first()).toBeVisible();
  // The timeline takes the bottom of the window: fit the chart to what is left to see every card.
  await page.getByRole('button', { name: 'Fit View' }).click();
  await page.waitForTimeout(400);
  await app.screenshot('canvas-edges-1-history');
  await expectCardsFit(page, 'simulated month');
});

for (const file of ['hr-export.csv', 'd3-org-chart.csv']) {
  test(`1. an imported org (${file}): every card shows all its text`, async ({ app, window: page }) => {
    await app.importCsv(join(process.cwd(), 'tests', 'fixtures', file));
    await expect(page.getByTestId('unit-badge').first()).toBeVisible();
    await app.screenshot(`canvas-edges-1-import-${file.replace('.csv', '')}`);
    await expectCardsFit(page, file);
  });
}
