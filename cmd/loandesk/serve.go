package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/loandesk/loandesk/bot"
	"github.com/loandesk/loandesk/bot/borrower"
	"github.com/loandesk/loandesk/bot/copilot"
	"github.com/loandesk/loandesk/bot/nlu"
	"github.com/loandesk/loandesk/channels/telegram"
	"github.com/loandesk/loandesk/channels/web"
	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
	"github.com/loandesk/loandesk/knowledge/product"
)

// serve runs the service until ctx ends, then drains: the listener closes,
// in-flight requests and turns finish, and the store closes last.
func serve(ctx context.Context, args []string, stderr io.Writer, getenv func(string) string) error {
	cfg, err := loadConfig(args, getenv, stderr)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))

	catalogue, err := loadCatalogue(cfg.CataloguePath)
	if err != nil {
		return err
	}
	be, err := openBackend(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer be.Close()
	store := be.store
	if be.shared && cfg.RandomSecret {
		log.Warn("demo mode made up a JWT secret: its tokens work on this instance only; set LOANDESK_JWT_SECRET on every instance")
	}
	if cfg.Demo {
		customers, staff, accounts, _ := book.DemoBook(time.Now().UTC())
		if err := store.SeedBook(ctx, customers, staff, accounts); err != nil {
			return fmt.Errorf("seed the demo book: %w", err)
		}
		log.Info("demo book seeded", "customers", len(customers), "staff", len(staff), "loans", len(accounts))
	}

	understanding, err := nlu.New()
	if err != nil {
		return fmt.Errorf("load understanding: %w", err)
	}
	assistant, err := borrower.New(borrower.Deps{
		Analyzer: understanding, Book: store, Catalogue: catalogue, Logger: log.With("component", "borrower"),
		Hotline: cfg.Hotline, CrisisLine: cfg.CrisisLine,
	})
	if err != nil {
		return fmt.Errorf("build the borrower assistant: %w", err)
	}
	advisor, err := copilot.New(copilot.Deps{Book: store, Records: store, Analyzer: understanding, Logger: log.With("component", "copilot")})
	if err != nil {
		return fmt.Errorf("build the manager copilot: %w", err)
	}
	engine, err := dialog.NewEngine(dialog.Config{
		TurnTimeout: cfg.TurnTimeout, IdleTimeout: cfg.IdleTimeout,
		HandoffWait: cfg.HandoffWait, SeatCapacity: cfg.SeatCapacity, InstanceID: cfg.InstanceID,
		// One instance owns the embedded store, so whatever is open at start was left by a
		// previous run; a shared store's open conversations may be another instance's.
		FinishOpenOnStart: !be.shared,
	}, dialog.Deps{
		Store: store, Bus: be.bus, Locker: be.locker, Seats: be.seats,
		Analyzer: bot.NewAnalyzer(understanding), Logger: log.With("component", "dialog"),
		Responders: map[dialog.Role]dialog.Responder{dialog.RoleBorrower: assistant, dialog.RoleManager: advisor},
	})
	if err != nil {
		return err
	}
	if err := engine.Start(ctx); err != nil {
		return err
	}
	defer engine.Stop()

	if cfg.TelegramToken != "" {
		tg, err := telegram.New(telegram.Config{Token: cfg.TelegramToken, APIURL: cfg.TelegramAPIURL},
			telegram.Deps{Engine: engine, Bindings: store, Customers: store, Logger: log.With("component", "telegram")})
		if err != nil {
			return fmt.Errorf("build the Telegram bot: %w", err)
		}
		if err := tg.Start(ctx); err != nil {
			return fmt.Errorf("start the Telegram bot (LOANDESK_TELEGRAM_TOKEN): %w", err)
		}
		defer tg.Stop()
	}

	site := web.New(web.Config{
		JWTSecret: cfg.JWTSecret, Demo: cfg.Demo, AllowedOrigins: cfg.AllowedOrigins, DemoTokenTTL: cfg.TokenTTL,
		MessageLimit: cfg.MessageLimit,
	}, web.Deps{Engine: engine, Store: store, Book: store, Catalogue: catalogue, Limiter: be.limiter, Bindings: store,
		Logger: log.With("component", "web")})

	servers := []*http.Server{{Addr: cfg.Addr, Handler: site.Handler(), ReadHeaderTimeout: 10 * time.Second}}
	if cfg.MetricsAddr != "" {
		servers = append(servers, &http.Server{Addr: cfg.MetricsAddr, Handler: site.MetricsHandler(), ReadHeaderTimeout: 10 * time.Second})
	}
	errc := make(chan error, len(servers))
	for _, s := range servers {
		ln, err := net.Listen("tcp", s.Addr)
		if err != nil {
			return fmt.Errorf("listen on %s: %w", s.Addr, err)
		}
		log.Info("listening", "addr", ln.Addr().String(), "demo", cfg.Demo)
		go func() { errc <- s.Serve(ln) }()
	}
	if cfg.Demo {
		fmt.Fprintf(stderr, "LoanDesk demo: open http://localhost%s/ in a browser\n", displayAddr(cfg.Addr))
	}

	select {
	case <-ctx.Done():
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("serve: %w", err)
		}
	}
	log.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.TurnTimeout+5*time.Second)
	defer cancel()
	site.Shutdown(shutdownCtx) // sockets: stop reading, let running turns store their replies
	for _, s := range servers {
		_ = s.Shutdown(shutdownCtx)
	}
	return nil
}

func loadCatalogue(path string) (product.Catalogue, error) {
	if path == "" {
		return product.Defaults(), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return product.Catalogue{}, fmt.Errorf("LOANDESK_CATALOGUE: %w", err)
	}
	defer f.Close()
	c, err := product.LoadCatalogue(f)
	if err != nil {
		return product.Catalogue{}, fmt.Errorf("LOANDESK_CATALOGUE %s: %w", path, err)
	}
	return c, nil
}

// displayAddr turns ":8080" into ":8080" and "0.0.0.0:8080" into ":8080" for the hint.
func displayAddr(addr string) string {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	return ":" + port
}
