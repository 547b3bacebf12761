import { expect, test } from './fixtures';

const parentOf = (doc: any, name: string) => {
  const unit = doc.org.units.find((u: any) => u.name === name);
  return doc.org.units.find((u: any) => u.id === unit.parentId)?.name;
};

test.beforeEach(async ({ app }) => app.hideForecast());

test('drag a team onto another unit to make it report there; undo and redo with the keyboard', async ({ app, window: page }) => {
  const platform = app.unit('Product Engineering');
  await app.dragUnit(app.unit('Security'), platform);
  await expect(page.getByRole('status').filter({ hasText: 'Security now reports to Product Engineering.' })).toBeVisible();
  expect(parentOf(await app.document(), 'Security')).toBe('Product Engineering');
  await expect(page).toHaveTitle(/^● /);
  // Laid out again under its new parent: below Product Engineering.
  const box = (await app.unit('Security').boundingBox())!;
  expect(box.y).toBeGreaterThan((await platform.boundingBox())!.y + 92);
  await app.screenshot('editing-reparented');

  await app.undo();
  expect(parentOf(await app.document(), 'Security')).toBe('Platform');
  await expect(page).toHaveTitle('Sample: Northwind Engineering — OrgSim');
  await app.redo();
  expect(parentOf(await app.document(), 'Security')).toBe('Product Engineering');
});

test('a drop that would make a cycle is refused and says why', async ({ app, window: page }) => {
  const before = await app.scenarioText();
  const engineering = app.unit('Engineering');
  const a = (await engineering.boundingBox())!;
  const b = (await app.unit('Checkout').boundingBox())!;
  await page.mouse.move(a.x + 30, a.y + 15);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await expect(app.unit('Checkout')).toHaveAttribute('data-drop', 'refused');
  await app.screenshot('editing-refused-drag');
  await page.mouse.up();
  await expect(page.getByRole('status').filter({ hasText: 'Can’t move “Engineering” under “Checkout”'.replace('’', "'") })).toBeVisible();
  expect(await app.scenarioText()).toBe(before);
});

test('dropping on empty canvas pins the unit; re-layout returns it', async ({ app, window: page }) => {
  const security = app.unit('Security');
  const start = (await security.boundingBox())!;
  await app.dragUnit(security, { dx: 0, dy: 160 });
  const pinned = (await security.boundingBox())!;
  expect(pinned.y).toBeGreaterThan(start.y + 100);
  expect((await app.document()).view.positions.u13).toBeDefined();
  await page.getByLabel('View menu').selectOption('relayout');
  await expect.poll(async () => (await app.document()).view.positions).toEqual({});
});

test('edit a person in the side panel, then undo', async ({ app, window: page }) => {
  await app.clickUnit('Checkout');
  await app.sidePanel.getByRole('button', { name: 'Edit Olivia Brown' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Olivia Brown' });
  await dialog.getByLabel('Title', { exact: true }).fill('Staff Engineer');
  await dialog.getByLabel('Level', { exact: true }).fill('6');
  await dialog.getByLabel('Aspiration').selectOption('mom');
  await app.setSignal(dialog, 'Coaches people outside their own team', 'Met');
  await dialog.getByLabel(/Dotted-line managers/).selectOption(['p03']);
  await app.screenshot('editing-person-dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const row = app.personRows.filter({ hasText: 'Olivia Brown' });
  await expect(row).toContainText('Staff Engineer');
  await expect(row).toContainText('L6');
  await expect(row).toContainText('Sofia Lindqvist');
  const olivia = (await app.document()).org.people.find((p: any) => p.name === 'Olivia Brown');
  expect(olivia).toMatchObject({ title: 'Staff Engineer', level: 6, aspiration: 'mom', signals: { coachesOutsideTeam: true }, dottedLineManagerIds: ['p03'] });
  await expect(page.locator('.edge--dotted')).toHaveCount(1);
  await app.screenshot('editing-person-saved');

  await page.getByLabel('View menu').selectOption('toggle-dotted-lines');
  await expect(page.locator('.edge--dotted')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Details' }).focus();
  await app.undo();
  await expect(row).toContainText('Senior Software Engineer');
});

test('a refused edit explains itself in the dialog', async ({ app, window: page }) => {
  await app.clickUnit('Checkout');
  await app.sidePanel.getByRole('button', { name: 'Edit Olivia Brown' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Olivia Brown' });
  await dialog.getByLabel('Name').fill('  ');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('A person needs a name.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('move a person by dragging their row onto a unit', async ({ app, window: page }) => {
  await app.clickUnit('Checkout');
  await app.personRows.filter({ hasText: 'Lars Nilsson' }).dragTo(app.unit('Growth'));
  await expect(page.getByRole('status').filter({ hasText: 'Moved to Growth.' })).toBeVisible();
  const doc = await app.document();
  const growth = doc.org.units.find((u: any) => u.name === 'Growth');
  expect(growth.memberIds).toContain('p36');
  await expect(app.unit('Growth').getByTestId('unit-count')).toHaveText('6 people');
});

test('split a team choosing who goes, then merge it back', async ({ app, window: page }) => {
  await app.clickUnit('Checkout');
  await app.sidePanel.getByRole('button', { name: 'Split team…' }).click();
  const split = page.getByRole('dialog', { name: 'Split Checkout' });
  await split.getByLabel("New team's name").fill('Checkout Platform');
  await split.getByRole('button', { name: 'Split' }).click();
  await expect(app.unit('Checkout Platform')).toBeVisible();
  await expect(app.unit('Checkout Platform').getByTestId('unit-lead')).toHaveText('VACANT');
  await expect(app.unit('Checkout').getByTestId('unit-count')).toHaveText('5 people');

  await app.clickUnit('Checkout Platform');
  await app.sidePanel.getByRole('button', { name: 'Merge…' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge Checkout Platform into…' });
  await merge.getByLabel('Merge into').selectOption({ label: 'Checkout' });
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(app.unit('Checkout Platform')).toHaveCount(0);
  await expect(app.unit('Checkout').getByTestId('unit-count')).toHaveText('9 people');
});

test('add a unit and a person, delete a unit moving its people up', async ({ app, window: page }) => {
  await app.clickUnit('Platform');
  await app.sidePanel.getByRole('button', { name: 'Add unit below' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Observability');
  await page.getByRole('dialog').getByRole('button', { name: 'Add' }).click();
  await expect(app.sidePanel.getByRole('heading', { name: 'Observability' })).toBeVisible();
  await app.sidePanel.getByRole('button', { name: '+ Add person' }).click();
  const add = page.getByRole('dialog', { name: 'Add a person to Observability' });
  await add.getByLabel('Name').fill('Rosa Díaz');
  await add.getByRole('button', { name: 'Save' }).click();
  await expect(app.personRows).toContainText(['Rosa Díaz']);

  await app.sidePanel.getByRole('button', { name: 'Delete…' }).click();
  const del = page.getByRole('dialog', { name: 'Delete Observability?' });
  await del.getByLabel('Move them to Platform').check();
  await del.getByRole('button', { name: 'Delete' }).click();
  await expect(app.unit('Observability')).toHaveCount(0);
  const platform = (await app.document()).org.units.find((u: any) => u.name === 'Platform');
  expect(platform.memberIds).toHaveLength(1);
});

test('collapse a subtree, search with Ctrl+F, and walk the tree with the arrow keys', async ({ app, window: page }) => {
  await app.unit('Platform').getByRole('button', { name: 'Collapse Platform' }).click();
  await expect(app.unit('Data Platform')).toHaveCount(0);
  await expect(app.unit('Platform')).toContainText('+4 units, 22 people hidden');
  expect((await app.document()).view.collapsed).toEqual(['u03']);
  await app.screenshot('editing-collapsed');

  await page.keyboard.press('Control+f');
  const search = page.getByRole('searchbox').or(page.getByLabel('Search people and units'));
  await search.fill('leila');
  await expect(page.getByTestId('search-count')).toHaveText('1 of 1');
  await page.keyboard.press('Enter');
  await expect(app.unit('Data Platform')).toHaveClass(/unit-node--selected/);
  await expect(app.sidePanel.getByRole('heading', { name: 'Data Platform' })).toBeVisible();
  await search.fill('engineering manager');
  await expect(page.getByTestId('search-count')).toHaveText(/^1 of \d+$/);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('search-count')).toHaveText(/^2 of \d+$/);
  await app.screenshot('editing-search');
  await page.keyboard.press('Escape');

  await app.clickUnit('Checkout');
  await page.locator('body').press('ArrowUp');
  await expect(app.sidePanel.getByRole('heading', { name: 'Product Engineering' })).toBeVisible();
  await page.locator('body').press('ArrowRight');
  await expect(app.sidePanel.getByRole('heading', { name: 'Platform' })).toBeVisible();
  await page.locator('body').press('ArrowDown');
  await expect(app.sidePanel.getByRole('heading', { name: 'Infrastructure' })).toBeVisible();
});

test('expand to a depth', async ({ app, window: page }) => {
  const view = page.getByLabel('View menu');
  await view.selectOption('depth-1');
  await expect(app.units).toHaveCount(1);
  await view.selectOption('depth-2');
  await expect(app.units).toHaveCount(3);
  await view.selectOption('depth-all');
  await expect(app.units).toHaveCount(13);
});
