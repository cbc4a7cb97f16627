// Command ${{ values.name }}: ${{ values.description }}
package main

import (
	"net/http"

	"github.com/brightwater-cycles/go-service-kit/service"
)

func main() {
	svc := service.New("${{ values.name }}")
	svc.Handle("/healthz", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusOK)
	}))
	svc.ListenAndServe(":${{ values.port }}")
}
