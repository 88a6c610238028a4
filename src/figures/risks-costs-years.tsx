import type { FigureProps } from './figure-props';

/**
 * One clinic "shot" of 98,000 yuan (经济参考报 2021) drawn as blocks of one year of
 * average lupus care in China, 29,727 yuan (CSTAR registry, Wang 2023): three whole
 * blocks and a part of a fourth. The reader sees "more than 3 years" without dividing.
 * Blocks are the same shape in both bars; labels carry the numbers, colour only supports.
 */

const SHOT = 98000;
const YEAR = 29727;
const SCALE = 312 / SHOT; // the shot's bar is 312 wide
const X0 = 24;
const BAR_H = 40;
const FILL = '#1f3a5f'; // 11:1 on white; white text on it is 11:1 too
const TEXT = '#1a202c';

function YearBlock({ x, y, width, label }: { x: number; y: number; width: number; label?: string }) {
  return (
    <g>
      <rect x={x} y={y} width={width} height={BAR_H} fill={FILL} stroke="#ffffff" strokeWidth={3} />
      {label ? (
        <text x={x + width / 2} y={y + 26} textAnchor="middle" fontSize={14} fontWeight={700} fill="#ffffff">
          {label}
        </text>
      ) : null}
    </g>
  );
}

export default function RisksCostsYears({ labels }: FigureProps) {
  const yearW = YEAR * SCALE;
  const whole = Math.floor(SHOT / YEAR);
  const rest = SHOT * SCALE - whole * yearW;
  const blockLabels = [labels.year1, labels.year2, labels.year3];
  return (
    <svg viewBox="0 0 360 236" width="100%" aria-hidden="true" focusable="false" fontFamily="system-ui, sans-serif">
      <text x={180} y={20} textAnchor="middle" fontSize={15} fontWeight={700} fill={TEXT}>
        {labels.heading}
      </text>
      <text x={X0} y={50} fontSize={15} fill={TEXT}>
        {labels.shot}
      </text>
      {Array.from({ length: whole }, (_, i) => (
        <YearBlock key={i} x={X0 + i * yearW} y={58} width={yearW} label={blockLabels[i]} />
      ))}
      <YearBlock x={X0 + whole * yearW} y={58} width={rest} />
      <text x={X0} y={122} fontSize={15} fontWeight={700} fill={TEXT}>
        {labels.result}
      </text>
      <line x1={20} y1={140} x2={340} y2={140} stroke="#a0aec0" strokeWidth={1} />
      <text x={X0} y={170} fontSize={15} fill={TEXT}>
        {labels.year}
      </text>
      <YearBlock x={X0} y={178} width={yearW} label={labels.year1} />
    </svg>
  );
}
