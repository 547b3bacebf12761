/** Exports: the scenario, the org at the month shown, people as CSV, and the chart as SVG or PNG (drawn from the layout). */
import { chartSvg, exportPeopleCsv, ghostRoleText, orgToFile, placeNodes, type ExportKind, type UnitId } from '../../shared';
import { api } from './api/api';
import { withExtension } from './api/browserApi';
import { visibleRegion } from './canvas/viewport';
import { reportFileError } from './fileErrors';
import { fileText } from './file/saveText';
import { layoutOf, selectBaseOrg, selectDisplay, type BadgeTone } from './store/selectors';
import { HEAT_INK, HEAT_NONE, heatColor, selectHeat } from './canvas/heat';
import { selectUnitNodeView } from './canvas/UnitNode';
import { useStore } from './store/store';

/** Largest side and area of a PNG, within what browsers can draw in one canvas. */
export const MAX_SIDE = 16_000;
export const MAX_AREA = 200_000_000;

/** The document's name without its extension, as exported files start. */
export const baseName = (): string => withExtension(useStore.getState().fileName ?? useStore.getState().scenario.name).replace(/\.orgsim\.json$/, '');

/** Export through the save path every export uses (a save dialog on the desktop, a download in the browser). */
export async function write(kind: ExportKind, data: string, suggestedName: string): Promise<void> {
  const state = useStore.getState();
  const result = await api.exportFile({ kind, data, suggestedName });
  if (result.ok) state.showNotice(`Exported ${result.value.name}`);
  else reportFileError(result.error, "Can't export", suggestedName);
}

/** The document as a scenario file; a big one is written in slices behind an "Exporting…" note (Cancel writes nothing). */
export async function exportScenario(): Promise<void> {
  const name = `${baseName()}.orgsim.json`;
  const text = await fileText(useStore.getState().scenario, { verb: 'Exporting', name });
  if (text === null) return useStore.getState().showNotice('Export cancelled: nothing was written.');
  return write('json', text, name);
}

/** The org the canvas shows (today's, or the simulated month's) as JSON. */
export function exportMonth(): Promise<void> {
  const state = useStore.getState();
  const month = state.sim.result ? state.sim.month : 0;
  const org = selectBaseOrg(state);
  const doc = { format: 'orgsim-org', version: 1, scenario: state.scenario.name, month, ...orgToFile(org) };
  return write('json', `${JSON.stringify(doc, null, 2)}\n`, `${baseName()} month ${month}.json`);
}

export function exportCsv(): Promise<void> {
  const state = useStore.getState();
  const org = selectBaseOrg(state);
  return write('csv', exportPeopleCsv(org), `${baseName()} people.csv`);
}

/** The chart as drawn now (the month shown, forecast ghosts if on), as SVG text: what each card shows, from the same selector the card reads. */
function currentSvg(region?: { x: number; y: number; width: number; height: number }) {
  const state = useStore.getState();
  const { org, ghosts } = selectDisplay(state);
  const layout = layoutOf(org, state.scenario.view.collapsed);
  // Dragged units are drawn where the user put them, as on screen.
  const positions = state.scenario.view.positions;
  const placed = { ...layout, nodes: placeNodes(layout.nodes, positions) };
  const ghostRoles = new Map([...ghosts].map(([id, e]) => [id, ghostRoleText(e)]));
  // What the canvas shows besides the boxes: each open role's candidate badge, what the simulation did to a unit,
  // the heat overview's colours and, with the forecast or the heat on, their legends.
  const badges = new Map<UnitId, { text: string; tone: BadgeTone }>();
  const history = new Map<UnitId, string>();
  const fills = new Map<UnitId, { fill: string; ink?: string }>();
  for (const n of placed.nodes) {
    const view = selectUnitNodeView(state, n.id);
    if (view.badgeText && view.badgeTone) badges.set(n.id, { text: view.badgeText, tone: view.badgeTone });
    if (view.history) history.set(n.id, view.history);
    if (view.heat !== null) fills.set(n.id, view.heat > 0 ? { fill: heatColor(view.heat), ink: HEAT_INK[view.heat - 1]! } : { fill: heatColor(0) });
  }
  const heat = selectHeat(state);
  const heatLegend =
    heat && !heat.waiting
      ? {
          title: `Where MoM roles emerge (${heat.by === 'forecast' ? 'forecast now' : `Monte Carlo odds, ${heat.months} months`})`,
          steps: [
            { fill: HEAT_NONE, label: heat.by === 'forecast' ? 'none' : '0%' },
            ...heat.bins.map((bin) => ({ fill: heatColor(bin.level), label: bin.label })),
          ],
        }
      : undefined;
  return chartSvg(org, placed, {
    ghosts: ghostRoles,
    badges,
    history,
    fills,
    legend: state.showForecast,
    ...(heatLegend ? { heatLegend } : {}),
    title: state.scenario.name,
    ...(region ? { region } : {}),
  });
}

export function exportSvg(): Promise<void> {
  return write('svg', currentSvg().svg, `${baseName()}.svg`);
}

/** PNG of the whole chart (or the current view) at 2x, scaled down only past the largest canvas a browser can draw. */
export async function exportPng(view: 'whole' | 'view'): Promise<void> {
  const region = view === 'view' ? (visibleRegion() ?? undefined) : undefined;
  const { svg, width, height } = currentSvg(region);
  const scale = Math.min(2, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  try {
    const base64 = await rasterize(svg, Math.round(width * scale), Math.round(height * scale));
    await write('png', base64, `${baseName()}${view === 'view' ? ' view' : ''}.png`);
  } catch (e) {
    useStore.getState().showProblems({
      title: "Can't export",
      fileName: 'PNG',
      problems: [{ path: '(image)', message: `Drawing the chart failed: ${e instanceof Error ? e.message : String(e)}` }],
    });
  }
}

/** Draw SVG text onto a canvas of the given size and return the PNG as base64. */
export async function rasterize(svg: string, width: number, height: number): Promise<string> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas is available');
    context.drawImage(image, 0, 0, width, height);
    return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
  } finally {
    URL.revokeObjectURL(url);
  }
}
