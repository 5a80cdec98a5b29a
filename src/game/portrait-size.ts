/** Portrait canvas size in the people SVGs (see assets/tools/draw-people.ts), in the art's own units. */
export const PORTRAIT_WIDTH = 400;
export const PORTRAIT_HEIGHT = 480;
