// Core types shared by every stage of the pipeline.
export const SEVERITIES = ['error', 'warning', 'info'];
