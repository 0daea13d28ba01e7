// readLines reads all of stdin as lines (without their line ends).
export function readLines(): string[] {
  const chunk = new ArrayBuffer(65536);
  let all = "";
  while (true) {
    const n = process.stdin.read(chunk);
    if (n <= 0) break;
    all += String.UTF8.decode(chunk.slice(0, <i32>n));
  }
  const lines = all.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].endsWith("\r")) lines[i] = lines[i].substring(0, lines[i].length - 1);
  }
  return lines;
}
