/*
Draws the toolbar icons (a white camera on a warm rounded square) into extension/icons/.
Run once after changing the drawing: `npx tsx scripts/make-icons.ts`; the PNGs are committed.
Shapes are described in a 0..1 square and sampled 4×4 per pixel, so small sizes stay smooth.
*/
import {mkdirSync, writeFileSync} from 'node:fs';
import {crc32, deflateSync} from 'node:zlib';

type Rgba = [number, number, number, number];

const sizes = [16, 32, 48, 128];
const top: Rgba = [240, 122, 62, 255];
const bottom: Rgba = [214, 67, 47, 255];
const white: Rgba = [255, 255, 255, 255];
const clear: Rgba = [0, 0, 0, 0];

function inRoundedRect(x: number, y: number, left: number, topEdge: number, right: number, bottomEdge: number, radius: number): boolean {
	const dx = Math.max(left + radius - x, 0, x - (right - radius));
	const dy = Math.max(topEdge + radius - y, 0, y - (bottomEdge - radius));
	return x >= left && x <= right && y >= topEdge && y <= bottomEdge && dx * dx + dy * dy <= radius * radius;
}

function inCircle(x: number, y: number, cx: number, cy: number, radius: number): boolean {
	return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function colourAt(x: number, y: number): Rgba {
	if (!inRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.22)) {
		return clear;
	}

	const background = top.map((channel, index) => Math.round(channel + (bottom[index]! - channel) * y)) as Rgba;
	const body = inRoundedRect(x, y, 0.18, 0.34, 0.82, 0.76, 0.08) || inRoundedRect(x, y, 0.36, 0.25, 0.6, 0.4, 0.04);
	if (!body) {
		return background;
	}

	const lensRing = inCircle(x, y, 0.5, 0.555, 0.155) && !inCircle(x, y, 0.5, 0.555, 0.085);
	return lensRing ? background : white;
}

function drawIcon(size: number): Buffer {
	const samples = 4;
	const rows: Buffer[] = [];
	for (let row = 0; row < size; row++) {
		const line = Buffer.alloc(1 + size * 4);
		for (let column = 0; column < size; column++) {
			const sum = [0, 0, 0, 0];
			for (let sy = 0; sy < samples; sy++) {
				for (let sx = 0; sx < samples; sx++) {
					const colour = colourAt((column + (sx + 0.5) / samples) / size, (row + (sy + 0.5) / samples) / size);
					// Premultiplied sums, so edge pixels blend towards the shape's colour, not black.
					for (let channel = 0; channel < 3; channel++) {
						sum[channel]! += colour[channel]! * colour[3];
					}

					sum[3]! += colour[3];
				}
			}

			const alpha = sum[3]!;
			for (let channel = 0; channel < 3; channel++) {
				line[1 + column * 4 + channel] = alpha ? Math.round(sum[channel]! / alpha) : 0;
			}

			line[1 + column * 4 + 3] = Math.round(alpha / (samples * samples));
		}

		rows.push(line);
	}

	return encodePng(size, Buffer.concat(rows));
}

function chunk(type: string, data: Buffer): Buffer {
	const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(typeAndData));
	return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size: number, filteredRows: Buffer): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.writeUInt8(8, 8); // Bit depth
	header.writeUInt8(6, 9); // RGBA
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(filteredRows, {level: 9})),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

const folder = new URL('../extension/icons/', import.meta.url);
mkdirSync(folder, {recursive: true});
for (const size of sizes) {
	writeFileSync(new URL(`icon-${size}.png`, folder), drawIcon(size));
}
