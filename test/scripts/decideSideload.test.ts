import { decideSideload } from '../../scripts/start/decideSideload';

describe('decideSideload', () => {
  it.each([
    ['win32', 'desktop'],
    ['darwin', 'desktop'],
    ['linux', 'web'],
    ['freebsd', 'web'],
  ] as const)('%s → %s', (platform, plan) => {
    expect(decideSideload(platform)).toBe(plan);
  });
});
