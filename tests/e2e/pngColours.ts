/** Reading an exported PNG's pixels in the page (the browser decodes it), for specs that check what an image shows. */
import type { Page } from '@playwright/test';

type Rgb = readonly [number, number, number];

/**
 * How many pixels of `png` are within a small distance of each colour: `countColours(page, bytes, { green: [0xdc, 0xf5, 0xe3] })`
 * → `{ green: 1234 }`. A badge or a fill shows up as a count well above zero.
 */
export async function countColours<K extends string>(page: Page, png: Buffer, colours: Record<K, Rgb>): Promise<Record<K, number>> {
  const counts = await page.evaluate(
    async ({ base64, colours }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, image.width, image.height).data;
      const near = (i: number, [r, g, b]: readonly number[]) => Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 6;
      const entries: [string, Rgb][] = Object.entries(colours);
      const found: Record<string, number> = Object.fromEntries(entries.map(([key]) => [key, 0]));
      for (let i = 0; i < data.length; i += 4) for (const [key, rgb] of entries) if (near(i, rgb)) found[key] = (found[key] ?? 0) + 1;
      return found;
    },
    { base64: png.toString('base64'), colours: colours as Record<string, Rgb> },
  );
  return counts as Record<K, number>; // one count per key of `colours`
}
