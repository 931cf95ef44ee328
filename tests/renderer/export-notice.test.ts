// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { savedNotice } from '@renderer/components/notify';

// The toast after an export. Its warnings name people (who has not agreed, who was left out of a ZIP): seen in the
// browser, a warned toast used to close after 4 s (10 s for a ZIP) with the names run together in one paragraph.
afterEach(cleanup);

const warnings = [
  "Elena Fischer (number 1 on 小龙 李's list) has not agreed to be a reference yet; the list does not say so. Ask them before it goes out.",
  "Adrián O'Brien (number 2 on 小龙 李's list) has not agreed to be a reference yet; the list does not say so. Ask them before it goes out.",
];

describe('savedNotice', () => {
  it('keeps a warned toast until it is dismissed, one paragraph per warning after the summary', () => {
    const notice = savedNotice({ fileName: '小龙-李-references.pdf', warnings }, '3 references on the list.');
    expect(notice).toMatchObject({ color: 'yellow', title: 'Saved 小龙-李-references.pdf', autoClose: false, withCloseButton: true });
    render(createElement(MantineProvider, null, notice.message as ReactNode));
    expect(screen.getAllByText(/./).map((line) => line.textContent)).toEqual(['3 references on the list.', ...warnings]);
  });

  it('lets a toast with nothing to check close by itself', () => {
    expect(savedNotice({ fileName: 'fair.ics' })).toMatchObject({ color: 'teal', message: 'Saved fair.ics.', autoClose: 4_000 });
    expect(savedNotice({ fileName: 'a.zip', warnings: [] }, '12 reference lists.')).toMatchObject({
      title: 'Saved a.zip',
      message: '12 reference lists.',
      autoClose: 4_000,
    });
  });
});
