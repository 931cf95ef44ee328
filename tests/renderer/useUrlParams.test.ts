// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { HashRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { positiveInt, useUrlParams } from '@renderer/components/useUrlParams';

// The hook in the router the app uses (HashRouter): the address is the hash, as in the desktop app and browser mode.
const inRouter = ({ children }: { children: ReactNode }) => createElement(HashRouter, null, children);
const address = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '');

function open(hash: string) {
  window.location.hash = hash;
  return renderHook(() => useUrlParams(), { wrapper: inRouter });
}

afterEach(() => {
  window.location.hash = '';
});

describe('useUrlParams', () => {
  it('reads the parameters of the address', () => {
    const { result } = open('#/students?classYear=2027&sort=name');
    expect(result.current.params.get('classYear')).toBe('2027');
    expect(result.current.params.get('sort')).toBe('name');
  });

  it('sets and clears several keys at once and goes back to the first page', () => {
    const { result } = open('#/students?classYear=2027&program=Biology&page=4');
    act(() => result.current.update({ program: null, cohort: 'Blue', classYear: '' }));
    expect(Object.fromEntries(address())).toEqual({ cohort: 'Blue' });
    expect(result.current.params.get('cohort')).toBe('Blue');
  });

  it('keeps the page when told to (paging itself)', () => {
    const { result } = open('#/students?classYear=2027&page=2');
    act(() => result.current.update({ page: '3' }, false));
    expect(Object.fromEntries(address())).toEqual({ classYear: '2027', page: '3' });
  });

  // The bug this guards against: pick a class year, then at once click a column to sort. Both changes come from
  // the same render; the second must build on the address as it is now, not drop the first.
  it('builds each change on the current address, so two quick changes from one render both stay', () => {
    const { result } = open('#/students?status=active&page=3');
    const { update } = result.current;
    act(() => {
      update({ classYear: '2027' });
      update({ sort: 'name', direction: 'asc' }, false);
    });
    expect(Object.fromEntries(address())).toEqual({
      status: 'active',
      classYear: '2027',
      sort: 'name',
      direction: 'asc',
    });
    expect(result.current.params.get('classYear')).toBe('2027');
  });

  it('stays on the same page of the app (only the query changes)', () => {
    const { result } = open('#/contacts?search=lee');
    act(() => result.current.update({ search: 'dana' }));
    expect(window.location.hash).toBe('#/contacts?search=dana');
  });
});

describe('positiveInt', () => {
  it('reads a page number or id', () => {
    expect(positiveInt('1')).toBe(1);
    expect(positiveInt('42')).toBe(42);
  });

  it.each([null, '', '0', '-1', '1.5', '2e3', 'abc', ' 3', '100000001'])('ignores %j (hand-edited into something else)', (value) => {
    expect(positiveInt(value)).toBeUndefined();
  });
});
