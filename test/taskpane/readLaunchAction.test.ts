import { readLaunchAction } from '@/taskpane/readLaunchAction';

describe('readLaunchAction', () => {
  it.each([
    ['?action=import', 'import'],
    ['action=import', 'import'],
    ['?_host_Info=Excel$Win32$16.01$fr-FR$$$$0&action=import', 'import'],
    ['?action=import&_host_Info=Excel$Web$16.00$en-US$$$$0', 'import'],
    ['?action=import&action=validate', 'import'],
    ['', null],
    ['?', null],
    ['?_host_Info=Excel$Win32$16.01$fr-FR$$$$0', null],
    ['?action=', null],
    ['?action', null],
    ['?action=Import', null],
    ['?action=import%20', null],
    ['?action=validate', null],
    ['?actions=import', null],
    ['#action=import', null],
  ])('reads %j as %j', (search, expected) => {
    expect(readLaunchAction(search)).toBe(expected);
  });
});
