import type { FigureProps } from './figure-props';

/**
 * Icon array for the 2017 double-blind trial (Deng 2017, Ann Rheum Dis 76:1436):
 * every person in each group, drawn solid if in remission, as an outline if not.
 * MSC group: 9 of 12; placebo group: 5 of 6. Both are about 8 in 10, which the
 * bottom line says in words, so no one has to compare 9/12 with 5/6.
 * Shape (solid or outline) and labels carry the meaning; colour only supports it.
 */

const INK = '#1f3a5f'; // 11:1 on white
const TEXT = '#1a202c';
const CELL = 26;
const X0 = 24;

function Person({ x, y, solid }: { x: number; y: number; solid: boolean }) {
  const cx = x + CELL / 2;
  const body = `M ${x + CELL * 0.2} ${y + CELL * 0.92} Q ${x + CELL * 0.2} ${y + CELL * 0.52} ${cx} ${y + CELL * 0.52} Q ${x + CELL * 0.8} ${y + CELL * 0.52} ${x + CELL * 0.8} ${y + CELL * 0.92} Z`;
  return (
    <g fill={solid ? INK : '#ffffff'} stroke={INK} strokeWidth={1.6}>
      <circle cx={cx} cy={y + CELL * 0.3} r={CELL * 0.17} />
      <path d={body} />
    </g>
  );
}

function Row({ y, total, inRemission }: { y: number; total: number; inRemission: number }) {
  return (
    <>
      {Array.from({ length: total }, (_, i) => (
        <Person key={i} x={X0 + i * CELL} y={y} solid={i < inRemission} />
      ))}
    </>
  );
}

export default function Sle2017Trial({ labels }: FigureProps) {
  return (
    <svg viewBox="0 0 360 262" width="100%" aria-hidden="true" focusable="false" fontFamily="system-ui, sans-serif">
      <text x={180} y={20} textAnchor="middle" fontSize={15} fontWeight={700} fill={TEXT}>
        {labels.heading}
      </text>
      <text x={X0} y={50} fontSize={15} fill={TEXT}>
        {labels.msc}
      </text>
      <Row y={58} total={12} inRemission={9} />
      <text x={X0} y={112} fontSize={15} fill={TEXT}>
        {labels.placebo}
      </text>
      <Row y={120} total={6} inRemission={5} />
      <line x1={20} y1={158} x2={340} y2={158} stroke="#a0aec0" strokeWidth={1} />
      <Person x={X0} y={166} solid />
      <text x={X0 + CELL + 8} y={184} fontSize={14} fill={TEXT}>
        {labels.remission}
      </text>
      <Person x={X0} y={194} solid={false} />
      <text x={X0 + CELL + 8} y={212} fontSize={14} fill={TEXT}>
        {labels.noRemission}
      </text>
      <text x={180} y={248} textAnchor="middle" fontSize={15} fontWeight={700} fill={TEXT}>
        {labels.summary}
      </text>
    </svg>
  );
}
