// Injected by the popup; the value of the last expression is the executeScript result.
document.title;
