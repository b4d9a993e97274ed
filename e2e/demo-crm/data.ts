/**
 * The demo CRM's complaints: about 30 believable UK housing complaints whose dates are placed in
 * working days relative to the demo's "today", so the queue always shows a mix of on-track,
 * due-soon, due-today and overdue cases (and some closed ones), whatever day the demo runs.
 *
 * Deterministic: the same `today` always gives the same complaints, so tests can name cases.
 */
import { englandAndWales, type IsoDate } from '@complaint-code/sdk';

/** What the demo means each case to show; the SDK decides the real state. */
export type IntendedState = 'on-track' | 'due-soon' | 'due-today' | 'overdue' | 'closed';

export interface Resident {
  name: string;
  address: string;
  postcode: string;
  phone: string;
  email: string;
}

/** One complaint as the demo CRM stores it. Dates are ISO (`YYYY-MM-DD`). */
export interface DemoComplaint {
  reference: string;
  /** Dynamics-style record id (a GUID made from the reference). */
  id: string;
  resident: Resident;
  tenancyRef: string;
  topic: string;
  summary: string;
  channel: 'Phone' | 'Email' | 'Web form' | 'Letter' | 'In person';
  officer: string;
  stage: 1 | 2;
  status: 'New' | 'Acknowledged' | 'Stage 2 requested' | 'Stage 2 in progress' | 'Closed';
  receivedOn: IsoDate;
  /** Time of day the complaint was logged (`HH:MM`), shown by the Dynamics-style form. */
  receivedAt: string;
  acknowledgedOn?: IsoDate;
  respondedOn?: IsoDate;
  stage2?: { requestedOn: IsoDate; acknowledgedOn?: IsoDate; respondedOn?: IsoDate };
  intended: IntendedState;
}

/**
 * A case described in working days relative to today (negative = before today). Stage 2 cases
 * give `s2`; their stage 1 dates are placed before the escalation request.
 */
interface Scenario {
  intended: IntendedState;
  s1?: { received: number; ack?: number; responded?: number };
  s2?: { requested: number; ack?: number; responded?: number };
}

// HO Code 2024: acknowledge within 5 working days of receipt (6.2), respond within 10 of the
// acknowledgement (6.3); stage 2: acknowledge within 5 (6.11), respond within 20 of it (6.14).
// Due soon = 2 working days or fewer (the SDK's default policy). The comments give the due day.
const scenarios: Scenario[] = [
  { intended: 'on-track', s1: { received: -1 } }, // ack due +4
  { intended: 'on-track', s1: { received: -4, ack: -2 } }, // response due +8
  { intended: 'due-soon', s1: { received: -3 } }, // ack due +2
  { intended: 'overdue', s1: { received: -16, ack: -14 } }, // response due -4
  { intended: 'due-today', s1: { received: -5 } }, // ack due today
  { intended: 'on-track', s2: { requested: -10, ack: -7 } }, // response due +13
  { intended: 'due-soon', s1: { received: -12, ack: -9 } }, // response due +1
  { intended: 'closed', s1: { received: -30, ack: -28, responded: -20 } },
  { intended: 'overdue', s1: { received: -8 } }, // ack due -3
  { intended: 'on-track', s1: { received: -6, ack: -3 } }, // response due +7
  { intended: 'due-today', s1: { received: -14, ack: -10 } }, // response due today
  { intended: 'on-track', s2: { requested: -1 } }, // ack due +4
  { intended: 'due-soon', s2: { requested: -23, ack: -18 } }, // response due +2
  { intended: 'closed', s1: { received: -40, ack: -38, responded: -25 } }, // responded 3 days late
  { intended: 'on-track', s1: { received: -9, ack: -5 } }, // response due +5
  { intended: 'overdue', s2: { requested: -30, ack: -26 } }, // response due -6
  { intended: 'due-soon', s1: { received: -10, ack: -8 } }, // response due +2
  { intended: 'on-track', s1: { received: -2, ack: -1 } }, // response due +9
  { intended: 'due-today', s2: { requested: -25, ack: -20 } }, // response due today
  { intended: 'closed', s1: { received: -22, ack: -19, responded: -12 } },
  { intended: 'overdue', s1: { received: -25, ack: -20 } }, // response due -10
  { intended: 'due-soon', s2: { requested: -4 } }, // ack due +1
  { intended: 'on-track', s1: { received: 0 } }, // received today, ack due +5
  { intended: 'closed', s2: { requested: -40, ack: -37, responded: -20 } },
  { intended: 'on-track', s2: { requested: -6, ack: -3 } }, // response due +17
  { intended: 'overdue', s1: { received: -12 } }, // ack due -7
  { intended: 'on-track', s1: { received: -7, ack: -6 } }, // response due +4
  { intended: 'closed', s1: { received: -15, ack: -14, responded: -5 } },
  { intended: 'due-soon', s1: { received: -11, ack: -9 } }, // response due +1
  { intended: 'on-track', s1: { received: -1, ack: 0 } }, // response due +10
];

const residents: [name: string, street: string, town: string, postcode: string][] = [
  ['Mrs Margaret Okafor', 'Flat 4, Beech House, Cranmer Road', 'Lambeth, London', 'SW9 6EJ'],
  ['Mr David Hughes', '17 Tudor Close', 'Harlow', 'CM20 3LN'],
  ['Ms Priya Sharma', '42 Kestrel Way', 'Leicester', 'LE4 7TR'],
  ['Mr Thomas Whitfield', 'Flat 12, Linden Court, Mill Lane', 'Bradford', 'BD5 0QA'],
  ['Miss Chloe Barnes', '8 Orchard Row', 'Swindon', 'SN2 1HX'],
  ['Mr Kwame Mensah', 'Flat 31, Victoria Tower, Canal Street', 'Manchester', 'M1 3HW'],
  ['Mrs Eileen Gallagher', '5 Church View', 'Gateshead', 'NE8 4PL'],
  ['Mr Ali Hassan', '63 Stanley Road', 'Birmingham', 'B11 2QS'],
  ['Ms Rebecca Lloyd', '2 Maes y Coed', 'Cardiff', 'CF14 6RT'],
  ['Mr Graham Pearce', 'Flat 7, Harbour Mews', 'Plymouth', 'PL1 3DE'],
  ['Mrs Fatima Begum', '19 Cedar Grove', 'Tower Hamlets, London', 'E1 4NS'],
  ['Mr Liam O\u2019Connor', '88 Wharf Street', 'Liverpool', 'L3 4BB'],
  ['Ms Hannah Price', '11 Meadow Bank', 'Norwich', 'NR3 2JF'],
  ['Mr Samuel Adeyemi', 'Flat 3, Oak House, Peckham Road', 'Southwark, London', 'SE15 5PX'],
  ['Mrs Joan Fletcher', '24 Primrose Hill', 'Sheffield', 'S6 2LQ'],
  ['Mr Oliver Grant', '9 Station Approach', 'Reading', 'RG1 8JD'],
  ['Ms Agnieszka Nowak', 'Flat 15, Riverside Court', 'Peterborough', 'PE1 5HH'],
  ['Mr Peter Doyle', '3 Willow Walk', 'Hull', 'HU5 3EP'],
  ['Mrs Sandra Clarke', '56 Queen\u2019s Drive', 'Nottingham', 'NG2 1LU'],
  ['Mr Imran Chaudhry', '14 Heather Road', 'Luton', 'LU4 9PW'],
  ['Ms Gemma Turner', 'Flat 2, The Maltings', 'Ipswich', 'IP4 1DN'],
  ['Mr Derek Simmons', '71 Coronation Street', 'Salford', 'M5 3RW'],
  ['Mrs Bola Adebayo', '30 Lime Tree Avenue', 'Croydon, London', 'CR0 2AN'],
  ['Mr Craig Robertson', '6 Ashfield Terrace', 'Carlisle', 'CA2 4JZ'],
  ['Ms Sophie Walsh', 'Flat 9, Greenway House', 'Bristol', 'BS5 6QT'],
  ['Mr Jamal Ahmed', '12 Foundry Lane', 'Oldham', 'OL8 1BS'],
  ['Mrs Patricia Evans', '45 Heol Glan', 'Swansea', 'SA1 8LQ'],
  ['Mr Martin Kowalski', '22 Brook Street', 'Derby', 'DE1 3PF'],
  ['Ms Laura Bennett', 'Flat 20, Castle Point', 'Newcastle upon Tyne', 'NE1 2BY'],
  ['Mr Emmanuel Osei', '4 Spring Gardens', 'Leeds', 'LS9 7DG'],
];

const topics: [topic: string, summary: string][] = [
  ['Damp and mould', 'Black mould in the back bedroom and bathroom has come back after the last treatment; child has asthma.'],
  ['Repairs', 'Boiler has failed three times since September; two missed appointments with no call.'],
  ['Noise', 'Persistent loud music from the flat above between 1am and 4am most weekends.'],
  ['Anti-social behaviour', 'Drug dealing in the stairwell reported four times; no visible action taken.'],
  ['Repairs', 'Kitchen ceiling leak from the flat above; ceiling now bowing. Emergency job closed without attendance.'],
  ['Damp and mould', 'Condensation and mould on all window frames; extractor fan never fitted as promised.'],
  ['Staff conduct', 'Officer was dismissive on the phone and would not give a complaint reference.'],
  ['Repairs', 'Front door does not lock properly since the communal entry system was replaced.'],
  ['Estate services', 'Communal bins not emptied for three weeks; rats seen by the bin store.'],
  ['Rent and charges', 'Service charge increase applied without the consultation letter being received.'],
  ['Anti-social behaviour', 'Neighbour\u2019s dog repeatedly loose on the landing; resident feels unsafe.'],
  ['Repairs', 'Lift out of service for 11 days; resident uses a wheelchair and is stuck in the flat.'],
  ['Damp and mould', 'Damp survey found rising damp in March; no works have been booked since.'],
  ['Noise', 'Banging on the party wall every evening since the new tenancy started next door.'],
  ['Repairs', 'Window in the living room will not close; cold draught and a security risk.'],
];

const officers = ['Sarah Mitchell', 'James Patel', 'Aisha Khan', 'Tom Richards', 'Nicola Hart', 'Daniel Evans'];
const channels: DemoComplaint['channel'][] = ['Phone', 'Email', 'Web form', 'Letter', 'In person'];

/** Working days from `date` (negative goes back); `addWorkingDays` counts `date` as day 0. */
function shift(date: IsoDate, workingDays: number): IsoDate {
  if (workingDays >= 0) return englandAndWales.addWorkingDays(date, workingDays);
  // Going back: step over non-working days one calendar day at a time (at most a few dozen).
  let day = date;
  let left = -workingDays;
  while (left > 0) {
    day = previousDay(day);
    if (englandAndWales.isWorkingDay(day)) left -= 1;
  }
  return day;
}

function previousDay(date: IsoDate): IsoDate {
  const time = Date.parse(`${date}T00:00:00Z`) - 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** A stable GUID-looking id from a reference (FNV-1a), for the Dynamics-style URLs. */
function guidFor(reference: string): string {
  let hex = '';
  for (let round = 0; hex.length < 32; round += 1) {
    let hash = 0x811c9dc5 ^ round;
    for (const char of reference) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
    hex += (hash >>> 0).toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function pick<T>(list: readonly T[], index: number): T {
  const item = list[index % list.length];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

/**
 * The demo's complaints for a given today (a working day or not: dates are placed from it).
 *
 * @example
 * demoComplaints('2026-11-24')[0]?.reference; //=> 'HC-2026-0412'
 */
export function demoComplaints(today: IsoDate): DemoComplaint[] {
  const year = today.slice(0, 4);
  return scenarios.map((scenario, index) => {
    const [name, street, town, postcode] = pick(residents, index);
    const [topic, summary] = pick(topics, index * 7);
    const reference = `HC-${year}-${String(412 + index * 17).padStart(4, '0')}`;
    const first = name.split(' ')[1]?.toLowerCase() ?? 'resident';
    const last = name.split(' ').at(-1)?.toLowerCase().replace(/[^a-z]/g, '') ?? 'resident';
    const base = {
      reference,
      id: guidFor(reference),
      resident: {
        name,
        address: `${street}, ${town}`,
        postcode,
        // Ofcom keeps 07700 900000–900999 for drama, so these numbers can never ring anyone.
        phone: `07700 900${String(100 + index * 29).slice(-3)}`,
        email: `${first}.${last}@example.org.uk`,
      },
      tenancyRef: `TEN-${String(100_233 + index * 3_571).padStart(6, '0')}`,
      topic,
      summary,
      channel: pick(channels, index),
      officer: pick(officers, index),
      receivedAt: `${String(8 + (index % 9)).padStart(2, '0')}:${String((index * 13) % 60).padStart(2, '0')}`,
      intended: scenario.intended,
    };
    if (scenario.s2) {
      const { requested, ack, responded } = scenario.s2;
      const requestedOn = shift(today, requested);
      return {
        ...base,
        stage: 2,
        status: responded !== undefined ? 'Closed' : ack !== undefined ? 'Stage 2 in progress' : 'Stage 2 requested',
        receivedOn: shift(requestedOn, -24),
        acknowledgedOn: shift(requestedOn, -21),
        respondedOn: shift(requestedOn, -12),
        stage2: {
          requestedOn,
          ...(ack !== undefined && { acknowledgedOn: shift(today, ack) }),
          ...(responded !== undefined && { respondedOn: shift(today, responded) }),
        },
      } satisfies DemoComplaint;
    }
    const { received, ack, responded } = scenario.s1 ?? { received: 0 };
    return {
      ...base,
      stage: 1,
      status: responded !== undefined ? 'Closed' : ack !== undefined ? 'Acknowledged' : 'New',
      receivedOn: shift(today, received),
      ...(ack !== undefined && { acknowledgedOn: shift(today, ack) }),
      ...(responded !== undefined && { respondedOn: shift(today, responded) }),
    } satisfies DemoComplaint;
  });
}
