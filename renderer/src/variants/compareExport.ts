/** Export a comparison: the side-by-side charts with the diff as SVG or PNG, and the delta table as CSV, through the save path other exports use. */
import { comparisonCsv, comparisonSvg, type UnitId, type VariantComparison } from '../../../shared';
import { baseName, MAX_AREA, MAX_SIDE, rasterize, write } from '../exports';
import { useStore } from '../store/store';
import { compareFileName } from './compareModel';

const title = (c: VariantComparison): string => `${useStore.getState().scenario.name}: ${c.variants.map((v) => v.name).join(' vs ')}, month ${c.month}`;

/** `collapsed`: units drawn collapsed (on every side that has them); `forecast`: with the forecast's ghosts; as on the compare view. */
export function exportComparisonSvg(c: VariantComparison, collapsed: readonly UnitId[] = [], forecast = false): Promise<void> {
  return write('svg', comparisonSvg(c, { title: title(c), collapsed, forecast }).svg, compareFileName(baseName(), c, 'svg'));
}

/** PNG at 2x, scaled down only past the largest canvas a browser can draw. */
export async function exportComparisonPng(c: VariantComparison, collapsed: readonly UnitId[] = [], forecast = false): Promise<void> {
  const { svg, width, height } = comparisonSvg(c, { title: title(c), collapsed, forecast });
  const scale = Math.min(2, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  try {
    const base64 = await rasterize(svg, Math.round(width * scale), Math.round(height * scale));
    await write('png', base64, compareFileName(baseName(), c, 'png'));
  } catch (e) {
    useStore.getState().showProblems({
      title: "Can't export",
      fileName: 'PNG',
      problems: [{ path: '(image)', message: `Drawing the comparison failed: ${e instanceof Error ? e.message : String(e)}` }],
    });
  }
}

export function exportComparisonCsv(c: VariantComparison): Promise<void> {
  return write('csv', comparisonCsv(c), compareFileName(baseName(), c, 'csv'));
}
