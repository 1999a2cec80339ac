import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { paneTheme } from '../../src/taskpane/theme';

describe('paneTheme', () => {
  it("is Fluent's light theme outside Office or when Office gives no colours", () => {
    expect(paneTheme(null)).toBe(webLightTheme);
    expect(paneTheme({})).toBe(webLightTheme);
    expect(paneTheme({ bodyBackgroundColor: 'not a colour' })).toBe(webLightTheme);
  });

  it("takes the body colours of Office's dark grey theme over the dark base", () => {
    const theme = paneTheme({ bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#363636', controlForegroundColor: '#F0F0F0' });
    expect(theme.colorNeutralBackground1).toBe('#262626');
    expect(theme.colorNeutralForeground1).toBe('#FFFFFF');
    expect(theme.colorNeutralBackground3).toBe('#363636');
    expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
  });

  it("takes the white theme's colours over the light base", () => {
    const theme = paneTheme({ bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000' });
    expect(theme.colorNeutralForeground1).toBe('#000000');
    expect(theme.colorBrandBackground).toBe(webLightTheme.colorBrandBackground);
    expect(theme.colorNeutralBackground3).toBe(webLightTheme.colorNeutralBackground3);
  });
});
