// Placeholder content script: marks the page so the harness can see it ran.
document.documentElement.dataset.proregCompanion = 'ready';
