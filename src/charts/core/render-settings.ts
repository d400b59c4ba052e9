/**
 * How to draw a scene, decided by the page, not by the layout: the same scene draws light or
 * dark, still or moving, with or without interaction. Both renderers take a scene and these.
 */
export interface RenderSettings {
  /** Dark colours. */
  readonly dark: boolean;
  /** Move kept marks from where they were (DOM only). */
  readonly animate: boolean;
  /** Show a record's tooltip on hover, tap and focus (DOM only). */
  readonly tooltip: boolean;
  /** Keyboard focus, pointer and click handling (DOM only); false draws a still chart. */
  readonly interactive: boolean;
}
