package winonly

const X = 1
