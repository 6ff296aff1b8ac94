// Loads dist/insyn.js, or with ?bundle=tags each tag's own bundle (dist/<tag>.js).
const tags = ['goal-tree', 'scorecard-chart', 'budget-explainer', 'contact-card', 'feedback-prompt'];
const perTag = new URLSearchParams(location.search).get('bundle') === 'tags';
for (const file of perTag ? tags : ['insyn']) await import(`/dist/${file}.js`);
