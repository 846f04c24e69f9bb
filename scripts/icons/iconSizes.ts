/**
 * Sizes of assets/icon-<size>.png. 16, 32 and 80 are required by the ribbon; 20, 24, 40, 48, 64
 * are the optional ribbon sizes (high-DPI); 32 and 64 are also the manifest's IconUrl and
 * HighResolutionIconUrl; 128 is for the add-in catalogue.
 */
export const iconSizes = [16, 20, 24, 32, 40, 48, 64, 80, 128] as const;
export type IconSize = (typeof iconSizes)[number];

export const iconFileName = (size: number): string => `icon-${size}.png`;
