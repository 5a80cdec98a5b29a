#!/usr/bin/env bash
# Synthesises every sound in assets/audio/ from nothing but sox, and encodes each one twice: WebM
# (Opus) for most browsers and MP3 as the fallback. Short effects and interface sounds go into one
# audio sprite (sfx.webm / sfx.mp3) whose timings are written to assets/audio/sfx-sprite.json.
#
# Needs: apt-get install -y sox libsox-fmt-all ffmpeg
# Run from anywhere: assets/tools/make-audio.sh   (the output is committed; run again only to change it)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=assets/audio
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"
RATE=48000
# Same noise every run, so regenerating gives the same files.
export SOX_OPTS="-R"
s() { sox -V1 "$@"; }

# ---------------------------------------------------------------- short sounds (the sprite)
# Interface: quiet and short, so they never compete with the text.
s -n -r $RATE -c 1 "$WORK/hover.wav" synth 0.05 sine 1320 fade q 0.005 0.05 0.04 gain -22
s -n -r $RATE -c 1 "$WORK/choose-a.wav" synth 0.09 sine 660 fade q 0.004 0.09 0.07
s -n -r $RATE -c 1 "$WORK/choose-b.wav" synth 0.14 sine 990 fade q 0.004 0.14 0.12
s "$WORK/choose-a.wav" "$WORK/choose-b.wav" "$WORK/choose.wav" gain -n -16
s -n -r $RATE -c 1 "$WORK/continue.wav" synth 0.22 sine 523.25-783.99 fade q 0.01 0.22 0.15 gain -n -18
# Feedback: a soft two-note bell, E5 then B5.
s -n -r $RATE "$WORK/bell-1.wav" synth 0.9 sine 659.25 sine 1318.5 remix 1v0.8,2v0.2 fade q 0.005 0.9 0.85
s -n -r $RATE "$WORK/bell-2.wav" synth 1.1 sine 987.77 sine 1975.5 remix 1v0.8,2v0.2 fade q 0.005 1.1 1.05
s "$WORK/bell-2.wav" "$WORK/bell-2d.wav" pad 0.16 0
s -m "$WORK/bell-1.wav" "$WORK/bell-2d.wav" "$WORK/feedback.wav" reverb 30 50 60 gain -n -15
# Story effects.
# A UK phone: 400 Hz + 450 Hz, 0.4 s on, 0.2 s off, 0.4 s on, 2 s off; twice.
s -n -r $RATE "$WORK/ring-on.wav" synth 0.4 sine 400 sine 450 remix - tremolo 20 60 fade q 0.01 0.4 0.01
s -n -r $RATE -c 1 "$WORK/gap-short.wav" trim 0 0.2
s -n -r $RATE -c 1 "$WORK/gap-long.wav" trim 0 1.2
s "$WORK/ring-on.wav" "$WORK/gap-short.wav" "$WORK/ring-on.wav" "$WORK/gap-long.wav" "$WORK/ring-on.wav" "$WORK/gap-short.wav" "$WORK/ring-on.wav" "$WORK/phone-ring.wav" lowpass 2500 reverb 20 gain -n -14
# Knocks: short low thumps on a wooden door.
s -n -r $RATE -c 1 "$WORK/knock.wav" synth 0.12 brownnoise synth 0.12 sine mix 110 lowpass 600 fade q 0.002 0.12 0.1 gain 6
s -n -r $RATE -c 1 "$WORK/knock-gap.wav" trim 0 0.14
s "$WORK/knock.wav" "$WORK/knock-gap.wav" "$WORK/knock.wav" "$WORK/knock-gap.wav" "$WORK/knock.wav" "$WORK/door-knock.wav" reverb 25 gain -n -8
# A door swinging to: a low thud with the latch clicking.
s -n -r $RATE -c 1 "$WORK/thud.wav" synth 0.5 brownnoise synth 0.5 sine mix 70 lowpass 300 fade q 0.003 0.5 0.45 gain 8
s -n -r $RATE -c 1 "$WORK/latch.wav" synth 0.03 whitenoise highpass 2500 fade q 0.001 0.03 0.025 pad 0.02 0.45
s -m "$WORK/thud.wav" "$WORK/latch.wav" "$WORK/door-close.wav" reverb 35 gain -n -8
# A chair pushed back on a hard floor: band-passed noise whose pitch drifts, with a rough judder.
s -n -r $RATE -c 1 "$WORK/chair-scrape.wav" synth 0.7 pinknoise band 900 400 tremolo 28 70 bend 0.05,-300,0.6 fade q 0.05 0.7 0.25 reverb 20 gain -n -14
# A message notification: two soft pings.
s -n -r $RATE -c 1 "$WORK/ping-1.wav" synth 0.35 sine 880 fade q 0.004 0.35 0.32
s -n -r $RATE -c 1 "$WORK/ping-2.wav" synth 0.5 sine 1174.66 fade q 0.004 0.5 0.47 pad 0.12 0
s -m "$WORK/ping-1.wav" "$WORK/ping-2.wav" "$WORK/notification.wav" reverb 20 gain -n -16

SPRITE=(hover choose continue feedback phone-ring door-knock door-close chair-scrape notification)
GAP_MS=300
s -n -r $RATE -c 1 "$WORK/gap.wav" trim 0 0.$GAP_MS
parts=()
json="{"
offset_ms=0
for id in "${SPRITE[@]}"; do
  # Every sound in the sprite starts on a whole millisecond, so the map is exact.
  dur=$(soxi -D "$WORK/$id.wav")
  dur_ms=$(python3 -c "import math; print(math.ceil($dur * 1000))")
  s "$WORK/$id.wav" "$WORK/$id-ms.wav" pad 0 "$(python3 -c "print(($dur_ms / 1000) - $dur)")"
  parts+=("$WORK/$id-ms.wav" "$WORK/gap.wav")
  # The sprite plays a little past the end, so an MP3 decoder's start delay never clips a tail.
  json+="\"$id\":[$offset_ms,$((dur_ms + 60))],"
  offset_ms=$((offset_ms + dur_ms + GAP_MS))
done
json="${json%,}}"
s "${parts[@]}" "$WORK/sfx.wav"
echo "$json" | python3 -c "import json,sys; print(json.dumps(json.load(sys.stdin), indent=2))" > "$OUT/sfx-sprite.json"

# ---------------------------------------------------------------- ambience loops (10 s each)
# Each loop is made 12 s long and its last 2 s are faded over its first 2 s, so it loops without a seam.
loopify() { # in out
  local in=$1 out=$2
  s "$in" "$WORK/body.wav" trim 2 10
  s "$in" "$WORK/tail.wav" trim 0 2 fade t 0 2 2
  s "$in" "$WORK/head.wav" trim 12 2 fade t 2 2 2
  s -m "$WORK/head.wav" "$WORK/tail.wav" "$WORK/seam.wav"
  # body is 2..12; seam (the end faded into the start) replaces 0..2 so the file ends where it began.
  s "$WORK/seam.wav" "$WORK/body.wav" "$out" trim 0 10
}
# Room tone: the air handling of a quiet meeting room, with the faintest mains hum.
s -n -r $RATE -c 1 "$WORK/room-raw.wav" synth 14 brownnoise synth 14 sine mix 50 lowpass 400 highpass 40 gain -n -30
loopify "$WORK/room-raw.wav" "$WORK/room-tone.wav"
# Office murmur: voices in band-passed noise, each layer swelling at its own pace, over room tone.
s -n -r $RATE -c 1 "$WORK/m1.wav" synth 14 pinknoise band 450 250 tremolo 3.1 80 tremolo 0.23 60
s -n -r $RATE -c 1 "$WORK/m2.wav" synth 14 pinknoise band 900 400 tremolo 4.3 85 tremolo 0.17 70
s -n -r $RATE -c 1 "$WORK/m3.wav" synth 14 pinknoise band 1600 600 tremolo 2.7 75 tremolo 0.31 65 gain -6
s -n -r $RATE -c 1 "$WORK/m4.wav" synth 14 brownnoise lowpass 300 gain -4
s -m "$WORK/m1.wav" "$WORK/m2.wav" "$WORK/m3.wav" "$WORK/m4.wav" "$WORK/murmur-raw.wav" reverb 60 50 100 gain -n -26
loopify "$WORK/murmur-raw.wav" "$WORK/office-murmur.wav"
# Phone line: the narrow hiss of a call, band-limited like a telephone.
s -n -r $RATE -c 1 "$WORK/line-raw.wav" synth 14 whitenoise synth 14 sine mix 50 sinc 300-3400 tremolo 0.4 20 gain -n -36
loopify "$WORK/line-raw.wav" "$WORK/phone-line.wav"
# A quiet living room: soft room tone and a mantel clock ticking once a second (ten ticks a loop).
s -n -r $RATE -c 1 "$WORK/tick.wav" synth 0.025 whitenoise band 3200 900 fade q 0.001 0.025 0.02 gain -6
s -n -r $RATE -c 1 "$WORK/tock.wav" synth 0.03 whitenoise band 2400 700 fade q 0.001 0.03 0.025 gain -8
s "$WORK/tick.wav" "$WORK/tick-1s.wav" pad 0 0.975
s "$WORK/tock.wav" "$WORK/tock-1s.wav" pad 0 0.97
s "$WORK/tick-1s.wav" "$WORK/tock-1s.wav" "$WORK/tick-1s.wav" "$WORK/tock-1s.wav" "$WORK/tick-1s.wav" \
  "$WORK/tock-1s.wav" "$WORK/tick-1s.wav" "$WORK/tock-1s.wav" "$WORK/tick-1s.wav" "$WORK/tock-1s.wav" "$WORK/ticks.wav" reverb 40 50 40 trim 0 10
s -n -r $RATE -c 1 "$WORK/home-air-raw.wav" synth 14 brownnoise lowpass 250 gain -n -34
loopify "$WORK/home-air-raw.wav" "$WORK/home-air.wav"
s -m -v 0.5 "$WORK/ticks.wav" -v 1 "$WORK/home-air.wav" "$WORK/home-clock.wav" gain -n -24

# ---------------------------------------------------------------- music
# A pad: each note a sine with a softer octave above, slow attack and long release, with reverb.
pad() { # out seconds note...
  local out=$1 len=$2; shift 2
  local args=()
  for note in "$@"; do args+=(sine "$note"); done
  s -n -r $RATE "$out" synth "$len" "${args[@]}" remix - chorus 0.6 0.9 55 0.4 0.25 2 -s fade q 1.2 "$len" 2.2 gain -n -6
}
# Calm: Dmaj9 – Bm9 – Gmaj7 – Asus4, six seconds each; a soft pluck now and then.
pad "$WORK/c1.wav" 6.5 D3 A3 E4 F#4 C#5
pad "$WORK/c2.wav" 6.5 B2 F#3 D4 A4 C#5
pad "$WORK/c3.wav" 6.5 G2 D3 B3 F#4 A4
pad "$WORK/c4.wav" 6.5 A2 E3 D4 E4 B4
music_cycle() { # out pads...
  local out=$1; shift
  local chords=() i=0
  for p in "$@"; do s "$p" "$WORK/seg$i.wav" pad "$(python3 -c "print($i * 6)")" 0; chords+=("$WORK/seg$i.wav"); i=$((i + 1)); done
  s -m "${chords[@]}" "$out"
}
music_cycle "$WORK/calm-pads.wav" "$WORK/c1.wav" "$WORK/c2.wav" "$WORK/c3.wav" "$WORK/c4.wav"
# A slow, quiet melody over the chords: (start second, note), a pluck each time.
melody=(0.4:F#5 3.2:A5 6.3:D5 9.1:F#5 12.4:B4 15.0:D5 18.3:C#5 21.2:E5)
plucks=()
for entry in "${melody[@]}"; do
  at=${entry%%:*} note=${entry##*:}
  s -n -r $RATE -c 1 "$WORK/pl-$at.wav" synth 2.8 pluck "$note" fade q 0.005 2.8 2.7 gain -15 pad "$at" 0
  plucks+=("$WORK/pl-$at.wav")
done
s -m "$WORK/calm-pads.wav" "${plucks[@]}" "$WORK/calm-once.wav" reverb 70 50 100 100 0 0 lowpass 5000
# Play the cycle twice and keep the second 24 s, so the reverb tail of the end runs into the start.
s "$WORK/calm-once.wav" "$WORK/calm-once.wav" "$WORK/calm-twice.wav"
s "$WORK/calm-twice.wav" "$WORK/calm.wav" trim 24 24 gain -n -14
# Tense: low, slow and unresolved – Am(add9) – Fmaj7#11 – Am – Esus4, five seconds each.
pad "$WORK/t1.wav" 5.6 A2 E3 B3 C4
pad "$WORK/t2.wav" 5.6 F2 C3 E3 B3
pad "$WORK/t3.wav" 5.6 A2 E3 C4 B4
pad "$WORK/t4.wav" 5.6 E2 B2 E3 A3
tense_cycle() {
  local chords=() i=0
  for p in "$WORK/t1.wav" "$WORK/t2.wav" "$WORK/t3.wav" "$WORK/t4.wav"; do
    s "$p" "$WORK/tseg$i.wav" pad $((i * 5)) 0; chords+=("$WORK/tseg$i.wav"); i=$((i + 1))
  done
  s -m "${chords[@]}" "$WORK/tense-pads.wav"
}
tense_cycle
s -n -r $RATE -c 1 "$WORK/pulse.wav" synth 20.6 sine 110 tremolo 0.75 90 gain -16
s -n -r $RATE -c 1 "$WORK/high.wav" synth 20.6 sine B5 tremolo 0.2 60 gain -34
s -m "$WORK/tense-pads.wav" "$WORK/pulse.wav" "$WORK/high.wav" "$WORK/tense-once.wav" reverb 60 60 100 lowpass 2500 trim 0 20.6
s "$WORK/tense-once.wav" "$WORK/tense-once.wav" "$WORK/tense-twice.wav"
s "$WORK/tense-twice.wav" "$WORK/tense.wav" trim 20 20 gain -n -16

# ---------------------------------------------------------------- encode
encode() { # name opus-kbps mp3-kbps
  local name=$1 opus=$2 mp3=$3
  ffmpeg -v error -y -i "$WORK/$name.wav" -map_metadata -1 -c:a libopus -b:a "${opus}k" -vbr constrained -application audio "$OUT/$name.webm"
  ffmpeg -v error -y -i "$WORK/$name.wav" -map_metadata -1 -ar 44100 -c:a libmp3lame -b:a "${mp3}k" "$OUT/$name.mp3"
}
encode sfx 32 48
for loop in room-tone office-murmur phone-line home-clock; do encode "$loop" 16 32; done
encode calm 40 64
encode tense 32 48

echo "Sound assets:"
ls -l "$OUT"
echo "WebM total: $(cat "$OUT"/*.webm | wc -c) bytes; MP3 total: $(cat "$OUT"/*.mp3 | wc -c) bytes"
