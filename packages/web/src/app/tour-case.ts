/** The case the guided tour was written for (the founding case). */
export const TOUR_CASE = 'libya-2019.yaml';
