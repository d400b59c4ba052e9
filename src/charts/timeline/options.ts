import { exchangeData } from "../exchange/exchange-data.js";
import type { Exchange } from "../../data/types.js";
import { ownOptions } from "../core/own-options.js";
import { commonDefaults, commonNames, flag, normalizeCommon, OptionError, rejectUnknown, type CommonOptions, type NormalizedCommon } from "../core/options.js";

/** Options of the timeline chart. */
export interface TimelineOptions extends CommonOptions {
  /** Label the largest exchanges (default 3; fewer on narrow screens; 0 for none). */
  readonly largest?: number;
  /** Note pauses at least this many months long (default 4; 0 for none). */
  readonly pauseMonths?: number;
  /** Show the mediator legend (default true). */
  readonly legend?: boolean;
}

export interface NormalizedTimeline extends NormalizedCommon {
  /** The exchange records to draw, checked. */
  readonly data: readonly Exchange[];
  readonly largest: number;
  readonly pauseMonths: number;
  readonly legend: boolean;
}

/** The timeline's own defaults; the shared ones are in `commonDefaults`. */
export const timelineDefaults = /* @__PURE__ */ Object.assign({}, commonDefaults, { largest: 3, pauseMonths: 4, legend: true } as const);

/**
 * Checks timeline options and applies defaults.
 *
 * @example
 * normalizeTimelineOptions({ locale: "uk", largest: 1 }).pauseMonths; // 4
 */
export function normalizeTimelineOptions(given: TimelineOptions = {}): NormalizedTimeline {
  const options = ownOptions(given);
  rejectUnknown(options, [...commonNames, "largest", "pauseMonths", "legend"]);
  const common = normalizeCommon(options);
  const { data, skipped } = exchangeData(options.data, common.lenient);
  return {
    ...common,
    data,
    skipped,
    largest: count(options.largest, "largest", timelineDefaults.largest),
    pauseMonths: count(options.pauseMonths, "pauseMonths", timelineDefaults.pauseMonths),
    legend: flag(options.legend, "legend", timelineDefaults.legend),
  };
}

function count(value: unknown, name: string, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 100) {
    throw new OptionError(`invalid ${name}: ${JSON.stringify(value)} (expected a whole number from 0 to 100)`);
  }
  return value;
}
