/**
 * Draws the cast portraits in assets/people/: one head-and-shoulders SVG per look, and the shared
 * expression overlays (eyes and mouth; eyebrows drawn white, tinted per look by the game).
 * Every look shares one face geometry, so one set of overlays fits them all.
 *
 *   npx tsx assets/tools/draw-people.ts        (the output is committed; run again only to change it)
 *
 * Canvas: 400 × 480. Head centre (200, 176); eyes at y 180, x 174 / 226; mouth at y 238.
 * The look ids must match src/content/cast-looks.ts (a unit test checks the files exist).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOOKS, type LookId } from '../../src/content/cast-looks';

const OUT = new URL('../people/', import.meta.url).pathname;

// ------------------------------------------------------------------ colour helpers
function shade(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(amount < 0 ? c * (1 + amount) : c + (255 - c) * amount);
  const r = mix((n >> 16) & 255), g = mix((n >> 8) & 255), b = mix(n & 255);
  return `#${((r << 16) | (g << 8) | b).toString(16).padStart(6, '0')}`;
}

// ------------------------------------------------------------------ shared body parts
const FACE =
  'M200 86 C249 86 273 122 273 170 C273 214 260 246 234 264 C222 273 211 277 200 277 C189 277 178 273 166 264 C140 246 127 214 127 170 C127 122 151 86 200 86 Z';

function head(skin: string, older: boolean): string {
  const dark = shade(skin, -0.14);
  return [
    // neck, with the shadow the chin casts
    `<path d="M170 236 L170 322 C184 334 216 334 230 322 L230 236 Z" fill="${dark}"/>`,
    `<path d="M170 250 C186 270 214 270 230 250 L230 282 C214 296 186 296 170 282 Z" fill="#000" opacity="0.12"/>`,
    // ears
    `<ellipse cx="128" cy="184" rx="12" ry="21" fill="${dark}"/>`,
    `<ellipse cx="272" cy="184" rx="12" ry="21" fill="${dark}"/>`,
    `<path d="${FACE}" fill="${skin}"/>`,
    // soft light from the left, shade on the right cheek
    `<path d="M240 110 C262 130 270 160 268 196 C264 230 248 254 226 268 C246 240 254 206 252 172 C250 146 246 126 240 110 Z" fill="#000" opacity="0.06"/>`,
    // nose: a shadow line and a soft underside
    `<path d="M203 186 C205 200 209 210 210 216 C206 220 198 221 192 218" fill="none" stroke="#000" stroke-opacity="0.22" stroke-width="3" stroke-linecap="round"/>`,
    // cheeks
    `<ellipse cx="160" cy="220" rx="16" ry="9" fill="#c0504d" opacity="0.07"/>`,
    `<ellipse cx="240" cy="220" rx="16" ry="9" fill="#c0504d" opacity="0.07"/>`,
    older
      ? [
          `<path d="M172 226 C166 238 168 252 176 260 M228 226 C234 238 232 252 224 260" fill="none" stroke="#000" stroke-opacity="0.13" stroke-width="2.5" stroke-linecap="round"/>`,
          `<path d="M178 126 C192 121 208 121 222 126 M182 136 C194 132 206 132 218 136" fill="none" stroke="#000" stroke-opacity="0.08" stroke-width="2" stroke-linecap="round"/>`,
          `<path d="M150 186 C154 190 160 192 164 191 M250 186 C246 190 240 192 236 191" fill="none" stroke="#000" stroke-opacity="0.12" stroke-width="2" stroke-linecap="round"/>`,
        ].join('')
      : '',
  ].join('');
}

// The torso is the same for everyone; clothing is drawn over it.
const TORSO = 'M16 480 C18 418 50 372 124 352 C148 346 164 338 174 326 L226 326 C236 338 252 346 276 352 C350 372 382 418 384 480 Z';

type Clothing = (c: { main: string; inner: string; accent?: string }) => string;

const blazer: Clothing = ({ main, inner }) => [
  `<path d="${TORSO}" fill="${main}"/>`,
  // the blouse or shirt showing in the V
  `<path d="M170 326 L200 410 L230 326 Z" fill="${inner}"/>`,
  `<path d="M170 326 C180 340 190 344 200 344 C210 344 220 340 230 326 L232 334 C220 352 180 352 168 334 Z" fill="${shade(inner, -0.08)}"/>`,
  // lapels
  `<path d="M166 330 L200 424 L178 380 L146 352 Z" fill="${shade(main, -0.16)}"/>`,
  `<path d="M234 330 L200 424 L222 380 L254 352 Z" fill="${shade(main, -0.16)}"/>`,
  `<path d="M100 380 C96 420 94 450 94 480 M300 380 C304 420 306 450 306 480" fill="none" stroke="#000" stroke-opacity="0.15" stroke-width="3"/>`,
  `<circle cx="200" cy="452" r="5" fill="${shade(main, -0.3)}"/>`,
].join('');

const shirtAndTie: Clothing = ({ main, inner, accent }) => [
  `<path d="${TORSO}" fill="${main}"/>`,
  `<path d="M166 326 L200 440 L234 326 Z" fill="${inner}"/>`,
  // collar points
  `<path d="M168 322 L200 352 L186 368 L160 338 Z M232 322 L200 352 L214 368 L240 338 Z" fill="${shade(inner, 0.25)}"/>`,
  `<path d="M193 352 L207 352 L211 368 L204 444 L196 444 L189 368 Z" fill="${accent ?? '#6e3b44'}"/>`,
  `<path d="M166 330 L200 440 L176 384 L144 354 Z" fill="${shade(main, -0.18)}"/>`,
  `<path d="M234 330 L200 440 L224 384 L256 354 Z" fill="${shade(main, -0.18)}"/>`,
].join('');

const openShirt: Clothing = ({ main }) => [
  `<path d="${TORSO}" fill="${main}"/>`,
  // open neck showing skin is drawn by the neck; the collar sits around it
  `<path d="M172 322 L200 372 L160 352 L150 334 Z M228 322 L200 372 L240 352 L250 334 Z" fill="${shade(main, 0.3)}" stroke="${shade(main, -0.15)}" stroke-width="2"/>`,
  `<path d="M200 372 L200 480" stroke="${shade(main, -0.15)}" stroke-width="2"/>`,
  `<circle cx="206" cy="400" r="3.5" fill="${shade(main, -0.25)}"/><circle cx="206" cy="440" r="3.5" fill="${shade(main, -0.25)}"/>`,
  `<path d="M120 380 C116 420 114 450 114 480 M280 380 C284 420 286 450 286 480" fill="none" stroke="#000" stroke-opacity="0.1" stroke-width="3"/>`,
].join('');

const nurseTunic: Clothing = ({ main }) => [
  `<path d="${TORSO}" fill="${main}"/>`,
  `<path d="M172 328 L200 384 L228 328 Z" fill="${shade(main, -0.2)}"/>`,
  // white piping along the V-neck and a breast pocket with pens
  `<path d="M168 326 L200 390 L232 326" fill="none" stroke="#f4f4f2" stroke-width="6" stroke-linejoin="round"/>`,
  `<path d="M250 404 L300 404 L300 470 L250 470 Z" fill="none" stroke="#f4f4f2" stroke-opacity="0.7" stroke-width="3"/>`,
  `<path d="M262 388 L262 412 M274 392 L274 412" stroke="#d9d2c3" stroke-width="5" stroke-linecap="round"/>`,
  `<path d="M140 350 C100 370 84 400 82 440" fill="none" stroke="#f4f4f2" stroke-opacity="0.6" stroke-width="4"/>`,
  `<path d="M260 350 C300 370 316 400 318 440" fill="none" stroke="#f4f4f2" stroke-opacity="0.6" stroke-width="4"/>`,
].join('');

const cardigan: Clothing = ({ main, inner }) => [
  `<path d="${TORSO}" fill="${main}"/>`,
  // the top or blouse underneath, with a round neck
  `<path d="M164 330 C178 350 222 350 236 330 L222 480 L178 480 Z" fill="${inner}"/>`,
  `<path d="M168 332 C182 346 218 346 232 332" fill="none" stroke="${shade(inner, -0.15)}" stroke-width="3"/>`,
  `<path d="M164 330 L180 480 M236 330 L220 480" stroke="${shade(main, -0.22)}" stroke-width="5"/>`,
  `<circle cx="172" cy="410" r="4" fill="${shade(main, -0.3)}"/><circle cx="174" cy="450" r="4" fill="${shade(main, -0.3)}"/>`,
  // a knitted rib at the hem of each front
  `<path d="M120 380 C118 420 116 450 116 480 M280 380 C282 420 284 450 284 480" fill="none" stroke="#000" stroke-opacity="0.1" stroke-width="3"/>`,
].join('');

const jumperOverShirt: Clothing = ({ main, inner }) => [
  `<path d="${TORSO}" fill="${main}"/>`,
  `<path d="M168 328 L200 392 L232 328 Z" fill="${inner}"/>`,
  `<path d="M168 322 L200 350 L188 366 L160 336 Z M232 322 L200 350 L212 366 L240 336 Z" fill="${shade(inner, 0.3)}" stroke="${shade(inner, -0.12)}" stroke-width="2"/>`,
  `<path d="M164 326 L200 398 L236 326" fill="none" stroke="${shade(main, -0.2)}" stroke-width="9" stroke-linejoin="round"/>`,
].join('');

const crewJumper: Clothing = ({ main, inner }) => [
  `<path d="${TORSO}" fill="${main}"/>`,
  `<path d="M166 324 C178 346 222 346 234 324 L240 330 C226 358 174 358 160 330 Z" fill="${shade(main, -0.18)}"/>`,
  inner ? `<path d="M176 330 L186 346 L200 338 L214 346 L224 330" fill="none" stroke="${inner}" stroke-width="6" stroke-linejoin="round"/>` : '',
  `<path d="M120 390 C116 430 114 460 114 480 M280 390 C284 430 286 460 286 480" fill="none" stroke="#000" stroke-opacity="0.08" stroke-width="3"/>`,
].join('');

const hoodie: Clothing = ({ main }) => [
  `<path d="${TORSO}" fill="${main}"/>`,
  // the hood lying round the neck
  `<path d="M136 350 C144 322 168 318 200 328 C232 318 256 322 264 350 C240 372 160 372 136 350 Z" fill="${shade(main, -0.14)}"/>`,
  `<path d="M150 348 C170 336 186 336 200 342 C214 336 230 336 250 348" fill="none" stroke="${shade(main, -0.3)}" stroke-width="3"/>`,
  `<path d="M186 350 L182 420 M214 350 L218 420" stroke="#d7d4cd" stroke-width="4" stroke-linecap="round"/>`,
  `<path d="M200 352 L200 480" stroke="${shade(main, -0.25)}" stroke-width="3"/>`,
].join('');

const polo: Clothing = ({ main, inner }) => [
  `<path d="${TORSO}" fill="${main}"/>`,
  `<path d="M168 322 L200 356 L160 352 L150 334 Z M232 322 L200 356 L240 352 L250 334 Z" fill="${shade(main, 0.12)}" stroke="${shade(main, -0.2)}" stroke-width="2"/>`,
  `<path d="M192 356 L192 410 L208 410 L208 356" fill="none" stroke="${shade(main, -0.25)}" stroke-width="3"/>`,
  `<circle cx="200" cy="372" r="3" fill="${inner}"/><circle cx="200" cy="394" r="3" fill="${inner}"/>`,
].join('');

const roundTop: Clothing = ({ main }) => [
  `<path d="${TORSO}" fill="${main}"/>`,
  `<path d="M164 326 C178 350 222 350 236 326" fill="none" stroke="${shade(main, -0.2)}" stroke-width="5"/>`,
].join('');

function lanyard(colour: string): string {
  return [
    `<path d="M160 336 C170 380 186 420 196 470 M240 336 C230 380 214 420 204 470" fill="none" stroke="${colour}" stroke-width="7" stroke-linecap="round"/>`,
    `<rect x="180" y="462" width="40" height="30" rx="4" fill="#f2f0ea" stroke="${shade(colour, -0.2)}" stroke-width="2"/>`,
  ].join('');
}

// ------------------------------------------------------------------ hair (back layer, front layer)
interface Hair {
  back?: string;
  front?: string;
}
type HairStyle = (colour: string) => Hair;

const hairline = (colour: string, d: string) => `<path d="${d}" fill="${colour}"/>`;
const sheen = (colour: string, d: string) => `<path d="${d}" fill="none" stroke="${shade(colour, 0.18)}" stroke-width="4" stroke-linecap="round" opacity="0.7"/>`;

const hairStyles: Record<string, HairStyle> = {
  bun: (c) => ({
    back: `<circle cx="200" cy="76" r="38" fill="${c}"/><path d="M176 64 C188 52 212 52 224 64" fill="none" stroke="${shade(c, 0.15)}" stroke-width="4" opacity="0.6"/>`,
    front: hairline(c, 'M126 176 C120 118 154 80 200 80 C246 80 280 118 274 176 C268 146 256 124 236 114 C214 106 186 106 164 114 C144 124 132 146 126 176 Z') +
      sheen(c, 'M160 100 C176 92 192 90 206 90'),
  }),
  'short-side': (c) => ({
    front: hairline(c, 'M124 178 C116 116 150 76 202 76 C252 76 284 112 276 178 C272 150 262 130 248 120 C226 126 196 122 176 112 C158 122 140 140 132 160 Z') +
      `<path d="M176 112 C196 116 222 116 246 118" fill="none" stroke="${shade(c, -0.25)}" stroke-width="3" opacity="0.6"/>`,
  }),
  ponytail: (c) => ({
    back: hairline(c, 'M236 120 C290 140 300 230 280 330 C276 350 262 356 258 340 C270 260 262 180 232 146 Z'),
    front: hairline(c, 'M126 180 C120 118 152 80 200 80 C248 80 280 118 274 180 C268 150 258 130 240 118 C224 110 212 108 200 112 C188 108 176 110 160 118 C142 130 132 150 126 180 Z') +
      `<path d="M200 84 L200 112" stroke="${shade(c, -0.3)}" stroke-width="2.5"/>` + sheen(c, 'M150 110 C164 96 180 90 194 88'),
  }),
  'grey-curls': (c) => {
    const curls = [
      [138, 140], [146, 114], [164, 96], [186, 86], [210, 84], [234, 92], [254, 108], [264, 132], [268, 156], [132, 164],
    ].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="22" fill="${c}"/>`).join('');
    const shadeCurls = [[170, 110], [200, 102], [230, 108]].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="10" fill="${shade(c, -0.1)}"/>`).join('');
    return { front: curls + hairline(c, 'M140 130 C160 104 240 104 260 130 L262 150 C240 126 160 126 138 150 Z') + shadeCurls };
  },
  crop: (c) => ({
    front: hairline(c, 'M128 168 C124 118 156 84 202 84 C248 84 278 118 272 168 C268 144 258 128 244 122 C224 118 178 118 156 122 C142 128 132 144 128 168 Z') +
      `<path d="M128 168 C132 140 146 124 160 120" fill="none" stroke="${shade(c, -0.2)}" stroke-width="2" opacity="0.5"/>`,
  }),
  'side-part': (c) => ({
    front: hairline(c, 'M124 180 C116 114 154 74 204 76 C254 78 284 116 276 180 C272 150 262 128 248 118 C236 112 222 110 210 112 C190 126 160 130 140 142 C132 156 128 166 124 180 Z') +
      `<path d="M166 82 C176 98 184 110 190 122" fill="none" stroke="${shade(c, -0.25)}" stroke-width="3" opacity="0.7"/>` + sheen(c, 'M214 88 C232 90 248 98 258 110'),
  }),
  hijab: () => ({}),
  afro: (c) => ({
    front: hairline(c, 'M120 176 C104 104 146 58 200 58 C254 58 296 104 280 176 C274 150 266 132 252 122 C226 114 174 114 148 122 C134 132 126 150 120 176 Z') +
      Array.from({ length: 26 }, (_, i) => {
        const a = (i / 26) * Math.PI + Math.PI;
        const r = 62 + (i % 3) * 8;
        return `<circle cx="${(200 + Math.cos(a) * r).toFixed(1)}" cy="${(132 + Math.sin(a) * r * 0.86).toFixed(1)}" r="3" fill="${shade(c, 0.12)}" opacity="0.6"/>`;
      }).join(''),
  }),
  bob: (c) => ({
    back: hairline(c, 'M116 206 C104 110 152 68 200 68 C248 68 296 110 284 206 L290 284 C266 300 232 300 224 290 L176 290 C168 300 134 300 110 284 Z'),
    front: hairline(c, 'M122 196 C116 118 152 76 200 76 C248 76 284 118 278 196 C270 158 258 134 240 124 C222 140 186 148 150 150 C138 160 128 176 122 196 Z') +
      sheen(c, 'M232 94 C250 102 262 116 268 134'),
  }),
  turban: (c) => ({
    front: hairline(c, 'M122 164 C112 96 156 54 204 54 C252 54 292 96 278 164 C262 138 232 126 200 126 C168 126 138 138 122 164 Z') +
      `<path d="M200 126 L176 66 M200 126 L232 64 M136 140 C160 110 196 96 244 90 M140 120 C170 92 210 80 262 96" fill="none" stroke="${shade(c, -0.3)}" stroke-width="3" opacity="0.7"/>` +
      `<path d="M186 132 L200 112 L214 132 Z" fill="${shade(c, 0.15)}"/>`,
  }),
  'bald-sides': (c) => ({
    back: hairline(c, 'M124 132 C110 156 110 198 120 226 C126 232 134 228 136 220 C132 192 132 160 138 136 Z M276 132 C290 156 290 198 280 226 C274 232 266 228 264 220 C268 192 268 160 262 136 Z'),
  }),
  'straight-fringe': (c) => ({
    back: hairline(c, 'M114 200 C100 104 150 64 200 64 C250 64 300 104 286 200 L292 330 C262 344 232 340 226 330 L174 330 C168 340 138 344 108 330 Z'),
    front: hairline(c, 'M124 200 C112 116 150 74 200 74 C250 74 288 116 276 200 C270 170 264 150 260 144 C230 150 170 150 140 144 C136 152 130 170 124 200 Z') +
      `<path d="M160 146 L166 112 M190 148 L192 108 M222 148 L220 110 M250 146 L244 114" stroke="${shade(c, 0.15)}" stroke-width="2.5" opacity="0.6"/>`,
  }),
  'locs-tied': (c) => ({
    back: Array.from({ length: 7 }, (_, i) => {
      const x = 150 + i * 17;
      return `<path d="M${x} 110 C${x - 6} 200 ${x - 4} 280 ${x + 2} 356" fill="none" stroke="${i % 2 ? c : shade(c, 0.1)}" stroke-width="15" stroke-linecap="round"/>`;
    }).join(''),
    front: hairline(c, 'M126 178 C120 118 154 80 200 80 C246 80 280 118 274 178 C268 146 256 124 236 114 C214 106 186 106 164 114 C144 124 132 146 126 178 Z') +
      Array.from({ length: 7 }, (_, i) => `<path d="M${140 + i * 20} ${i === 0 || i === 6 ? 140 : 116} Q${166 + i * 11} 96 200 84" fill="none" stroke="${shade(c, 0.16)}" stroke-width="4" stroke-linecap="round" opacity="0.8"/>`).join(''),
  }),
  'child-plait': (c) => ({
    // pulled back, with a plait over one shoulder
    back: Array.from({ length: 6 }, (_, i) => `<ellipse cx="${262 - i * 3}" cy="${236 + i * 24}" rx="15" ry="15" fill="${i % 2 ? c : shade(c, 0.1)}"/>`).join(''),
    front: hairline(c, 'M128 180 C122 116 156 82 200 82 C244 82 278 116 272 180 C266 148 254 126 234 116 C214 108 186 108 166 116 C146 126 134 148 128 180 Z') +
      hairline(c, 'M250 130 C272 150 276 190 266 232 L252 228 C258 196 256 160 244 140 Z') + sheen(c, 'M158 102 C174 92 190 90 204 90'),
  }),
  wavy: (c) => ({
    back: hairline(c, 'M114 204 C98 106 150 62 200 62 C250 62 302 106 286 204 C296 240 286 270 300 300 C280 326 250 330 236 314 L164 314 C150 330 120 326 100 300 C114 270 104 240 114 204 Z'),
    front: hairline(c, 'M122 200 C114 120 150 74 204 74 C256 74 288 120 278 200 C272 160 260 134 244 120 C226 128 200 124 182 112 C164 128 140 150 130 176 Z') +
      `<path d="M112 230 C124 250 110 270 120 292 M288 230 C276 250 290 270 280 292" fill="none" stroke="${shade(c, -0.15)}" stroke-width="4" opacity="0.6"/>` + sheen(c, 'M214 86 C236 90 254 102 264 118'),
  }),
  'white-receding': (c) => ({
    back: hairline(c, 'M124 150 C110 170 110 206 120 228 C126 234 134 230 136 222 C132 196 132 170 138 150 Z M276 150 C290 170 290 206 280 228 C274 234 266 230 264 222 C268 196 268 170 262 150 Z'),
    front: hairline(c, 'M132 150 C140 116 170 98 200 98 C230 98 260 116 268 150 C254 132 236 124 220 124 C206 128 194 128 180 124 C164 124 146 132 132 150 Z'),
  }),
  'grey-short': (c) => ({
    front: hairline(c, 'M122 176 C110 108 150 68 200 68 C250 68 290 108 278 176 C272 148 262 130 248 122 C222 114 178 114 152 122 C138 130 128 148 122 176 Z') +
      Array.from({ length: 18 }, (_, i) => {
        const a = (i / 18) * Math.PI + Math.PI;
        return `<circle cx="${(200 + Math.cos(a) * 66).toFixed(1)}" cy="${(134 + Math.sin(a) * 56).toFixed(1)}" r="2.5" fill="${shade(c, -0.12)}" opacity="0.7"/>`;
      }).join(''),
  }),
};

// The hijab is drawn over the clothing: it frames the face and drapes over the shoulders.
function hijab(colour: string): string {
  const outer = 'M200 64 C262 64 296 112 292 180 C290 236 278 276 282 306 C310 330 344 352 352 400 C330 420 70 420 48 400 C56 352 90 330 118 306 C122 276 110 236 108 180 C104 112 138 64 200 64 Z';
  const face = 'M200 100 C240 100 262 130 262 172 C262 214 250 246 230 262 C218 272 210 276 200 276 C190 276 182 272 170 262 C150 246 138 214 138 172 C138 130 160 100 200 100 Z';
  return [
    `<path d="${outer} ${face}" fill="${colour}" fill-rule="evenodd"/>`,
    `<path d="M138 172 C138 130 160 100 200 100 C240 100 262 130 262 172" fill="none" stroke="${shade(colour, -0.2)}" stroke-width="5"/>`,
    `<path d="M120 310 C160 350 240 350 280 310 M100 360 C150 392 250 392 300 360" fill="none" stroke="${shade(colour, -0.18)}" stroke-width="4" opacity="0.8"/>`,
  ].join('');
}

// ------------------------------------------------------------------ facial hair and glasses
function beard(colour: string, kind: 'short' | 'full' | 'stubble', skin: string): string {
  if (kind === 'stubble') {
    return `<path d="M136 204 C140 244 166 274 200 278 C234 274 260 244 264 204 C256 236 236 256 200 258 C164 256 144 236 136 204 Z M176 226 C188 220 212 220 224 226 C214 230 186 230 176 226 Z" fill="${colour}" opacity="0.35"/>`;
  }
  const full = kind === 'full';
  const outer = full
    ? 'M130 190 C128 246 156 294 200 300 C244 294 272 246 270 190 C262 214 252 226 238 228 C224 222 176 222 162 228 C148 226 138 214 130 190 Z'
    : 'M134 200 C136 248 162 282 200 286 C238 282 264 248 266 200 C258 224 248 234 236 236 C222 230 178 230 164 236 C152 234 142 224 134 200 Z';
  // the moustache, with a gap left for the mouth overlay
  const moustache = 'M172 230 C182 220 196 222 200 226 C204 222 218 220 228 230 C222 234 210 232 200 232 C190 232 178 234 172 230 Z';
  return [
    `<path d="${outer}" fill="${colour}"/>`,
    `<ellipse cx="200" cy="240" rx="19" ry="6.5" fill="${shade(skin, -0.08)}"/>`,
    `<path d="${moustache}" fill="${colour}"/>`,
    `<path d="M180 242 C192 248 208 248 220 242 C212 252 188 252 180 242 Z" fill="#000" opacity="0.15"/>`,
  ].join('');
}

function glasses(colour: string, shape: 'round' | 'rect'): string {
  const lens = shape === 'round'
    ? (x: number) => `<ellipse cx="${x}" cy="182" rx="23" ry="19"/>`
    : (x: number) => `<rect x="${x - 25}" y="165" width="50" height="33" rx="8"/>`;
  return [
    `<g fill="#ffffff" fill-opacity="0.1" stroke="${colour}" stroke-width="4">${lens(174)}${lens(226)}</g>`,
    `<path d="M197 180 C199 176 201 176 203 180 M151 178 L130 172 M249 178 L270 172" fill="none" stroke="${colour}" stroke-width="4" stroke-linecap="round"/>`,
  ].join('');
}

// ------------------------------------------------------------------ the looks
interface Recipe {
  skin: string;
  hair: keyof typeof hairStyles;
  hairColour: string;
  clothing: Clothing;
  main: string;
  inner: string;
  accent?: string;
  lanyard?: string;
  beard?: { kind: 'short' | 'full' | 'stubble'; colour: string };
  glasses?: { colour: string; shape: 'round' | 'rect' };
  hijab?: string;
}

const SKIN = {
  pale: '#f1d0bb',
  light: '#e6b997',
  lightOlive: '#d9a97f',
  lightBrown: '#c48d63',
  medium: '#a86f4a',
  brown: '#875638',
  deep: '#5f3b28',
};

const RECIPES: Record<LookId, Recipe> = {
  'bun-blazer': { skin: SKIN.deep, hair: 'bun', hairColour: '#1b1512', clothing: blazer, main: '#2f4156', inner: '#ece4d6', lanyard: '#3e7b78' },
  'short-beard-jacket': { skin: SKIN.light, hair: 'short-side', hairColour: '#5a4030', clothing: shirtAndTie, main: '#41484d', inner: '#cfdbe6', accent: '#6e3b44', beard: { kind: 'short', colour: '#5a4030' } },
  'ponytail-tunic': { skin: SKIN.medium, hair: 'ponytail', hairColour: '#1d1714', clothing: nurseTunic, main: '#2a4470', inner: '#2a4470' },
  'grey-curls-cardigan': { skin: SKIN.pale, hair: 'grey-curls', hairColour: '#dcd8d2', clothing: cardigan, main: '#8c7f96', inner: '#efe8dc', glasses: { colour: '#8f7a5c', shape: 'round' } },
  'crop-hoodie': { skin: SKIN.lightOlive, hair: 'crop', hairColour: '#9a7b52', clothing: hoodie, main: '#686e72', inner: '#686e72', beard: { kind: 'stubble', colour: '#6e5538' } },
  'side-part-glasses-knit': { skin: SKIN.pale, hair: 'side-part', hairColour: '#7a5a3e', clothing: jumperOverShirt, main: '#34465a', inner: '#f2f1ec', glasses: { colour: '#2b2b2b', shape: 'rect' } },
  'hijab-blazer': { skin: SKIN.lightBrown, hair: 'hijab', hairColour: '#000000', clothing: blazer, main: '#3b4045', inner: '#e9e1d3', hijab: '#4f7a78' },
  'afro-shirt': { skin: SKIN.brown, hair: 'afro', hairColour: '#211a16', clothing: openShirt, main: '#e6dfcf', inner: '#e6dfcf', lanyard: '#2f4f7a' },
  'bob-cardigan': { skin: SKIN.light, hair: 'bob', hairColour: '#8a4b2f', clothing: cardigan, main: '#ad8b3f', inner: '#3f4549' },
  'turban-beard-blazer': { skin: SKIN.medium, hair: 'turban', hairColour: '#2c3e5c', clothing: shirtAndTie, main: '#676c70', inner: '#f1efe9', accent: '#2c3e5c', beard: { kind: 'full', colour: '#2a2420' } },
  'bald-grey-jumper': { skin: SKIN.deep, hair: 'bald-sides', hairColour: '#bdb8b0', clothing: crewJumper, main: '#6e3b44', inner: '#d9d3c7', beard: { kind: 'short', colour: '#b4afa7' } },
  'straight-fringe-jumper': { skin: '#edc9a4', hair: 'straight-fringe', hairColour: '#1f1a17', clothing: crewJumper, main: '#7f8f74', inner: '' },
  'locs-top': { skin: SKIN.brown, hair: 'locs-tied', hairColour: '#2e211a', clothing: roundTop, main: '#3e6b6b', inner: '#3e6b6b' },
  'grey-short-cardigan': { skin: SKIN.lightBrown, hair: 'grey-short', hairColour: '#c9c4bd', clothing: cardigan, main: '#4f7a78', inner: '#ece6da', glasses: { colour: '#5a4a3a', shape: 'rect' } },
  'ponytail-blazer': { skin: SKIN.lightBrown, hair: 'ponytail', hairColour: '#1d1714', clothing: blazer, main: '#6e3b44', inner: '#efe8dc' },
  'child-school-jumper': { skin: SKIN.lightOlive, hair: 'child-plait', hairColour: '#2b1f19', clothing: crewJumper, main: '#27406b', inner: '#f2f1ec' },
  'short-black-polo': { skin: SKIN.medium, hair: 'crop', hairColour: '#1d1714', clothing: polo, main: '#3f5f78', inner: '#e9e6de', beard: { kind: 'stubble', colour: '#1d1714' } },
  'wavy-blonde-blazer': { skin: SKIN.pale, hair: 'wavy', hairColour: '#c6a66f', clothing: blazer, main: '#7d8589', inner: '#f1ece2', lanyard: '#2f4f7a' },
  'white-hair-cardigan': { skin: SKIN.light, hair: 'white-receding', hairColour: '#e4e1dc', clothing: cardigan, main: '#34465a', inner: '#d9d3c7', glasses: { colour: '#6b6b6b', shape: 'rect' } },
};

function portrait(id: LookId): string {
  const r = RECIPES[id];
  const older = LOOKS[id].age === 'older';
  const hair = hairStyles[r.hair]!(r.hairColour);
  const body = [
    hair.back ?? '',
    head(r.skin, older),
    r.clothing({ main: r.main, inner: r.inner, ...(r.accent ? { accent: r.accent } : {}) }),
    r.lanyard ? lanyard(r.lanyard) : '',
    r.hijab ? hijab(r.hijab) : '',
    r.beard ? beard(r.beard.colour, r.beard.kind, r.skin) : '',
    hair.front ?? '',
    r.glasses ? glasses(r.glasses.colour, r.glasses.shape) : '',
  ];
  // The clothing must sit over the neck but under the face: draw the face again on top of the collar.
  return svg(`<title>${LOOKS[id].description}</title>${body.join('')}`);
}

function svg(content: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 480">${content}</svg>\n`;
}

// ------------------------------------------------------------------ expressions
// Eyes and mouth in a dark, half-transparent ink so they sit on every skin tone; the brows are
// white here and tinted to each look's brow colour in the game.
const EYE = '#2a211c';
interface Expression {
  eyes: string;
  brows: string;
  mouth: string;
}

function eyes(openness: number, lid = 0): string {
  return [174, 226]
    .map((x) => [
      `<ellipse cx="${x}" cy="181" rx="7.5" ry="${(8 * openness).toFixed(1)}" fill="${EYE}"/>`,
      `<circle cx="${x + 2.5}" cy="${178}" r="2" fill="#ffffff" opacity="0.75"/>`,
      // upper lid line; `lid` lowers it for a tired or tense look
      `<path d="M${x - 13} ${174 + lid} C${x - 6} ${168 + lid} ${x + 6} ${168 + lid} ${x + 13} ${174 + lid}" fill="none" stroke="#000" stroke-opacity="0.4" stroke-width="3" stroke-linecap="round"/>`,
    ].join(''))
    .join('');
}

function brows(inner: number, outer: number, arch: number): string {
  // inner: y of the end near the nose, outer: y of the far end, arch: lift in the middle
  const left = `M150 ${outer} C158 ${outer - arch} 176 ${(outer + inner) / 2 - arch} 190 ${inner}`;
  const right = `M250 ${outer} C242 ${outer - arch} 224 ${(outer + inner) / 2 - arch} 210 ${inner}`;
  return `<path d="${left} ${right}" fill="none" stroke="#ffffff" stroke-width="6.5" stroke-linecap="round"/>`;
}

function mouth(d: string, lip = true): string {
  return [
    `<path d="${d}" fill="none" stroke="#000" stroke-opacity="0.55" stroke-width="4" stroke-linecap="round"/>`,
    lip ? `<path d="M188 248 C196 252 204 252 212 248" fill="none" stroke="#000" stroke-opacity="0.12" stroke-width="4" stroke-linecap="round"/>` : '',
  ].join('');
}

const EXPRESSION_ART: Record<string, Expression> = {
  neutral: { eyes: eyes(1), brows: brows(158, 158, 5), mouth: mouth('M182 238 C194 241 206 241 218 238') },
  concerned: {
    eyes: eyes(0.95),
    brows: brows(150, 160, 2),
    mouth: mouth('M184 241 C194 236 206 236 216 241'),
  },
  frustrated: {
    eyes: eyes(0.75, 3),
    brows: brows(164, 154, 1),
    mouth: mouth('M182 242 C192 238 208 238 218 242 M184 240 L216 240', false),
  },
  relieved: {
    eyes: eyes(0.8, 1),
    brows: brows(154, 157, 6),
    mouth: mouth('M180 236 C190 246 210 246 220 236'),
  },
};

// ------------------------------------------------------------------ write
mkdirSync(join(OUT, 'expressions'), { recursive: true });
for (const id of Object.keys(RECIPES) as LookId[]) writeFileSync(join(OUT, `${id}.svg`), portrait(id));
for (const [mood, art] of Object.entries(EXPRESSION_ART)) {
  writeFileSync(join(OUT, 'expressions', `${mood}.svg`), svg(art.eyes + art.mouth));
  writeFileSync(join(OUT, 'expressions', `${mood}-brows.svg`), svg(art.brows));
}
console.log(`Wrote ${Object.keys(RECIPES).length} portraits and ${Object.keys(EXPRESSION_ART).length} expressions to ${OUT}`);
