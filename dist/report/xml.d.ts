export declare function escapeXml(text: string): string;
