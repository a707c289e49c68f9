function e(e) {
  const t = e / 1048576;
  return `${t < 10 ? Math.round(t * 10) / 10 : Math.round(t)} MB`;
}
export { e as t };
