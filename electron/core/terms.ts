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
