// Inside Office the pane takes the colours of the Office theme the user chose (dark grey, black, colourful ...);
// elsewhere Fluent's light theme.
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The part of Office.context.officeTheme the pane uses; Excel on some platforms leaves it undefined. */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  readonly controlForegroundColor?: string;
}

function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m || m[1] === undefined) return null;
  const n = parseInt(m[1], 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function paneTheme(office?: OfficeThemeColors | null): Theme {
  const background = office?.bodyBackgroundColor;
  const lum = background ? luminance(background) : null;
  if (!office || lum === null) return webLightTheme;
  const base = lum < 0.4 ? webDarkTheme : webLightTheme;
  const pick = (value: string | undefined, fallback: string) => (value && luminance(value) !== null ? value : fallback);
  return {
    ...base,
    colorNeutralBackground1: pick(office.bodyBackgroundColor, base.colorNeutralBackground1),
    colorNeutralForeground1: pick(office.bodyForegroundColor, base.colorNeutralForeground1),
    colorNeutralBackground3: pick(office.controlBackgroundColor, base.colorNeutralBackground3),
    colorNeutralForeground3: pick(office.controlForegroundColor, base.colorNeutralForeground3),
  };
}
