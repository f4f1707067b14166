// Package dist holds no code: its tests check the files that ship courier —
// action.yml (the GitHub Action, whose shell steps they run locally),
// .goreleaser.yaml (the release archives the Action downloads) and the
// Containerfile.
package dist
