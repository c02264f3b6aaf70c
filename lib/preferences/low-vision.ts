export const LOW_VISION_COOKIE = "low_vision";
export const LOW_VISION_MAX_AGE = 60 * 60 * 24 * 365;

export function isLowVision(value: string | undefined): boolean {
  return value === "1";
}
