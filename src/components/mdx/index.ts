// Components authors may use inside MDX articles: import { Salary, Term } from '@/components/mdx';
export { default as Ladder } from './Ladder.astro';
export { default as Salary } from './Salary.astro';
export { default as SalaryChart } from './SalaryChart.astro';
export { default as SalaryTable } from './SalaryTable.astro';
export { default as Term } from './Term.astro';

// Element overrides the article layout passes to <Content components={...} />.
export { default as h2 } from './H2.astro';
export { default as h3 } from './H3.astro';
export { default as a } from './A.astro';
