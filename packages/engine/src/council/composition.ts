import type { IsoDate } from '../ids.ts';
import { ELECTED_TERMS, type ElectedTerm, PERMANENT_SEATS } from './membership-data.ts';
import type { CouncilMember } from './seats.ts';
import { compareByName, memberName } from './states.ts';

/** First and last day an elected term's state sat on the Council. */
export function termSpan(t: ElectedTerm): { from: IsoDate; to: IsoDate } {
  return {
    from: t.from ?? (`${t.first}-01-01` as IsoDate),
    to: t.to ?? (`${t.last}-12-31` as IsoDate),
  };
}

/** The five permanent members on `date`, in the Council's order (China, France, Russia/USSR, UK, US). */
export function permanentMembersOn(date: IsoDate): CouncilMember[] {
  return PERMANENT_SEATS.map((seat) => {
    const holder = seat.holders.find((h) => h.from <= date && (h.to === null || date <= h.to));
    if (!holder) throw new Error(`no holder of ${seat.seat} on ${date}`);
    // The China seat is `CHN` whoever holds it; the Russia seat's code follows its holder.
    const code = seat.seat === 'P5_CHINA' ? seat.code : holder.state;
    return { code, name: holder.name, permanent: true, seat: seat.seat, term: null };
  });
}

/** The elected members on `date`, sorted by UN short name. */
export function electedMembersOn(date: IsoDate): CouncilMember[] {
  const members: CouncilMember[] = [];
  for (const t of ELECTED_TERMS) {
    const span = termSpan(t);
    if (span.from <= date && date <= span.to) {
      members.push({
        code: t.code,
        name: memberName(t.code, date) ?? t.code,
        permanent: false,
        seat: null,
        term: [t.first, t.last],
      });
    }
  }
  return members.sort((a, b) => compareByName(a.code, b.code, date));
}

/** Every member on `date`: permanent members first, then elected members by name. No range check. */
export function membersOn(date: IsoDate): CouncilMember[] {
  return [...permanentMembersOn(date), ...electedMembersOn(date)];
}
