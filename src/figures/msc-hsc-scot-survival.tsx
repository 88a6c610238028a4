import type { FigureProps } from './figure-props';

/**
 * Icon arrays: two groups of 100 people from a randomised trial in systemic sclerosis (SCOT,
 * Sullivan 2018), alive 6 years later: about 86 with a transplant, about 51 with standard drugs.
 * One denominator for both groups, so the reader compares without arithmetic. Alive is a filled
 * dot, died an open ring with a stroke through it: the shape carries the meaning, not the colour.
 */

const COLS = 20;
const ROWS = 5;
const CELL = 16;
const GRID_X = 20;

const ALIVE_COLOUR = '#1d4f91'; // 8.6:1 on white
const DIED_COLOUR = '#6b4a00'; // 7.4:1 on white
const TEXT_COLOUR = '#1a1a1a';

function Alive({ x, y }: { x: number; y: number }) {
  return <circle cx={x + CELL / 2} cy={y + CELL / 2} r={6} fill={ALIVE_COLOUR} />;
}

function Died({ x, y }: { x: number; y: number }) {
  const cx = x + CELL / 2;
  const cy = y + CELL / 2;
  return (
    <g stroke={DIED_COLOUR} strokeWidth={1.6} fill="none">
      <circle cx={cx} cy={cy} r={5.2} />
      <line x1={cx - 3.6} y1={cy + 3.6} x2={cx + 3.6} y2={cy - 3.6} />
    </g>
  );
}

function Group({ y, alive, title, count }: { y: number; alive: number; title: string; count: string }) {
  const icons = Array.from({ length: COLS * ROWS }, (_, i) => {
    const x = GRID_X + (i % COLS) * CELL;
    const iy = y + 30 + Math.floor(i / COLS) * CELL;
    return i < alive ? <Alive key={i} x={x} y={iy} /> : <Died key={i} x={x} y={iy} />;
  });
  return (
    <g>
      <text x={GRID_X} y={y + 20} fontSize={16} fontWeight={700} fill={TEXT_COLOUR}>
        {title}
        <tspan fontWeight={400}>{` · ${count}`}</tspan>
      </text>
      {icons}
    </g>
  );
}

export default function MscHscScotSurvival({ labels }: FigureProps) {
  const groupHeight = 30 + ROWS * CELL + 16;
  const firstY = 36;
  const legendY = firstY + 2 * groupHeight + 4;
  return (
    <svg viewBox={`0 0 360 ${legendY + 56}`} width="100%" aria-hidden="true" focusable="false" fontFamily="system-ui, sans-serif">
      <text x={180} y={22} textAnchor="middle" fontSize={15} fontWeight={700} fill={TEXT_COLOUR}>
        {labels['heading']}
      </text>
      <Group y={firstY} alive={86} title={labels['hsctTitle'] ?? ''} count={labels['hsctCount'] ?? ''} />
      <Group y={firstY + groupHeight} alive={51} title={labels['drugTitle'] ?? ''} count={labels['drugCount'] ?? ''} />
      <g>
        <Alive x={GRID_X} y={legendY} />
        <text x={GRID_X + CELL + 8} y={legendY + 13} fontSize={14} fill={TEXT_COLOUR}>
          {labels['aliveKey']}
        </text>
        <Died x={GRID_X} y={legendY + 24} />
        <text x={GRID_X + CELL + 8} y={legendY + 37} fontSize={14} fill={TEXT_COLOUR}>
          {labels['diedKey']}
        </text>
      </g>
    </svg>
  );
}
