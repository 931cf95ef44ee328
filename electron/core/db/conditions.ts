/**
 * A where clause built one optional filter at a time: each filter adds its condition together with the
 * parameters it names, so the two never drift apart. With no condition the clause is `1` (every row).
 */
export class Conditions {
  readonly params: Record<string, string | number> = {};
  private readonly list: string[];

  constructor(...always: string[]) {
    this.list = [...always];
  }

  add(condition: string, params: Record<string, string | number> = {}): void {
    this.list.push(condition);
    Object.assign(this.params, params);
  }

  get sql(): string {
    return this.list.length > 0 ? this.list.join(' and ') : '1';
  }
}
