import type { ItuBody } from '../recognize/types';

/**
 * ITU conferences by venue and year, so that "(Antalya, 2006)" is known to be a Plenipotentiary text and
 * "(Doha, 2006)" a WTDC one. Source: ../shared/domain/README.md and sources-and-evidence.md §2 (each
 * conference there carries its source). RA and WRC are also cited by acronym, handled in version.ts.
 */
export interface Conference {
  body: ItuBody;
  place: string;
  year: number;
  acronym: string;
}

export const CONFERENCES: readonly Conference[] = [
  { body: 'PP', place: 'Kyoto', year: 1994, acronym: 'PP-94' },
  { body: 'PP', place: 'Minneapolis', year: 1998, acronym: 'PP-98' },
  { body: 'PP', place: 'Marrakesh', year: 2002, acronym: 'PP-02' },
  { body: 'PP', place: 'Antalya', year: 2006, acronym: 'PP-06' },
  { body: 'PP', place: 'Guadalajara', year: 2010, acronym: 'PP-10' },
  { body: 'PP', place: 'Busan', year: 2014, acronym: 'PP-14' },
  { body: 'PP', place: 'Dubai', year: 2018, acronym: 'PP-18' },
  { body: 'PP', place: 'Bucharest', year: 2022, acronym: 'PP-22' },
  { body: 'PP', place: 'Doha', year: 2026, acronym: 'PP-26' },
  { body: 'WTDC', place: 'Buenos Aires', year: 1994, acronym: 'WTDC-94' },
  { body: 'WTDC', place: 'Valletta', year: 1998, acronym: 'WTDC-98' },
  { body: 'WTDC', place: 'Istanbul', year: 2002, acronym: 'WTDC-02' },
  { body: 'WTDC', place: 'Doha', year: 2006, acronym: 'WTDC-06' },
  { body: 'WTDC', place: 'Hyderabad', year: 2010, acronym: 'WTDC-10' },
  { body: 'WTDC', place: 'Dubai', year: 2014, acronym: 'WTDC-14' },
  { body: 'WTDC', place: 'Buenos Aires', year: 2017, acronym: 'WTDC-17' },
  { body: 'WTDC', place: 'Kigali', year: 2022, acronym: 'WTDC-22' },
  { body: 'WTDC', place: 'Baku', year: 2025, acronym: 'WTDC-25' },
  { body: 'WTSA', place: 'Helsinki', year: 1993, acronym: 'WTSC-93' },
  { body: 'WTSA', place: 'Geneva', year: 1996, acronym: 'WTSC-96' },
  { body: 'WTSA', place: 'Montreal', year: 2000, acronym: 'WTSA-2000' },
  { body: 'WTSA', place: 'Florianopolis', year: 2004, acronym: 'WTSA-04' },
  { body: 'WTSA', place: 'Johannesburg', year: 2008, acronym: 'WTSA-08' },
  { body: 'WTSA', place: 'Dubai', year: 2012, acronym: 'WTSA-12' },
  { body: 'WTSA', place: 'Hammamet', year: 2016, acronym: 'WTSA-16' },
  { body: 'WTSA', place: 'Geneva', year: 2022, acronym: 'WTSA-20' },
  { body: 'WTSA', place: 'New Delhi', year: 2024, acronym: 'WTSA-24' },
  { body: 'RA', place: 'Geneva', year: 1997, acronym: 'RA-97' },
  { body: 'RA', place: 'Geneva', year: 2007, acronym: 'RA-07' },
  { body: 'RA', place: 'Geneva', year: 2012, acronym: 'RA-12' },
  { body: 'RA', place: 'Geneva', year: 2015, acronym: 'RA-15' },
  { body: 'RA', place: 'Sharm el-Sheikh', year: 2019, acronym: 'RA-19' },
  { body: 'RA', place: 'Dubai', year: 2023, acronym: 'RA-23' },
];

/** The bodies that met at a venue in a year (usually one). */
export function bodiesAt(place: string, year: number): ItuBody[] {
  return CONFERENCES.filter((c) => c.place === place && c.year === year).map((c) => c.body);
}

/** The conference a body held in a year, if known. */
export function conferenceOf(body: ItuBody, year: number): Conference | undefined {
  return CONFERENCES.find((c) => c.body === body && c.year === year);
}
