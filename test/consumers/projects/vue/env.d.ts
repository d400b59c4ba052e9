import "pow-exchanges/vue";
