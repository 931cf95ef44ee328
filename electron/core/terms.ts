// Academic terms on the US calendar most offices use: spring Jan–May, summer Jun–mid Aug, fall mid Aug–Dec.
export interface Term {
  name: string;
  startOn: string;
  endOn: string;
}

export function termOf(isoDate: string): Term {
  const year = Number(isoDate.slice(0, 4));
  const monthDay = isoDate.slice(5);
  if (monthDay < '06-01') return { name: `Spring ${year}`, startOn: `${year}-01-01`, endOn: `${year}-05-31` };
  if (monthDay < '08-15') return { name: `Summer ${year}`, startOn: `${year}-06-01`, endOn: `${year}-08-14` };
  return { name: `Fall ${year}`, startOn: `${year}-08-15`, endOn: `${year}-12-31` };
}

/** The term a name like "Fall 2026" stands for (the contract's `termName` has checked the shape). */
export function termByName(name: string): Term {
  const [season, year] = name.split(' ');
  const start = { Spring: '01-01', Summer: '06-01', Fall: '08-15' }[season ?? ''] ?? '01-01';
  return termOf(`${year ?? ''}-${start}`);
}

/** The term `offset` terms away from the one containing `isoDate` (-1: the one before). */
export function termAt(isoDate: string, offset: number): Term {
  let term = termOf(isoDate);
  for (let i = 0; i < Math.abs(offset); i++) {
    const day = new Date(`${offset < 0 ? term.startOn : term.endOn}T12:00:00Z`);
    day.setUTCDate(day.getUTCDate() + (offset < 0 ? -1 : 1));
    term = termOf(day.toISOString().slice(0, 10));
  }
  return term;
}
