/**
 * @module extension/sidepanel/Filters
 *
 * Filter by state, stage and officer; search by reference or resident (debounced, so typing in a
 * list of 10,000 stays smooth); choose the order.
 */
import { useEffect, useState } from 'preact/hooks';
import { groupWords, panelGroups } from '../data/index.js';
import { sortOrders, sortWords, type PanelFilter } from './model/filter-rows.js';

const SEARCH_DEBOUNCE_MS = 150;

export interface FiltersProps {
  filter: PanelFilter;
  officers: string[];
  onChange: (filter: PanelFilter) => void;
}

export function Filters({ filter, officers, onChange }: FiltersProps) {
  const [search, setSearch] = useState(filter.search);
  useEffect(() => {
    if (search === filter.search) return;
    const timer = setTimeout(() => onChange({ ...filter, search }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, filter, onChange]);

  const select = <K extends keyof PanelFilter>(key: K) => (event: Event) =>
    onChange({ ...filter, [key]: (event.currentTarget as HTMLSelectElement).value as PanelFilter[K] });

  return (
    <form class="pn-filters" role="search" aria-label="Filter complaints" onSubmit={(event) => event.preventDefault()}>
      <div class="pn-field pn-wide">
        <label for="pn-search">Search by reference or resident</label>
        <input id="pn-search" type="search" value={search} onInput={(event) => setSearch(event.currentTarget.value)} autocomplete="off" />
      </div>
      <div class="pn-field">
        <label for="pn-state">State</label>
        <select id="pn-state" value={filter.group} onChange={select('group')}>
          <option value="">Any state</option>
          {panelGroups.map((group) => (
            <option key={group} value={group}>
              {groupWords[group]}
            </option>
          ))}
        </select>
      </div>
      <div class="pn-field">
        <label for="pn-stage">Stage</label>
        <select id="pn-stage" value={filter.stage} onChange={select('stage')}>
          <option value="">Any stage</option>
          <option value="1">Stage 1</option>
          <option value="2">Stage 2</option>
        </select>
      </div>
      <div class="pn-field">
        <label for="pn-officer">Officer</label>
        <select id="pn-officer" value={filter.officer} onChange={select('officer')}>
          <option value="">Anyone</option>
          {officers.map((officer) => (
            <option key={officer} value={officer}>
              {officer}
            </option>
          ))}
        </select>
      </div>
      <div class="pn-field">
        <label for="pn-sort">Sort by</label>
        <select id="pn-sort" value={filter.sort} onChange={select('sort')}>
          {sortOrders.map((order) => (
            <option key={order} value={order}>
              {sortWords[order]}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
