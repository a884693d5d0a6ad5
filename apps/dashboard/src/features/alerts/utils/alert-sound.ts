/**
 * A short two-tone beep made with the Web Audio API (no sound file to ship or cache). Browsers
 * refuse to start audio before the person has clicked or typed on the page: until then the beep
 * is skipped silently (never queued to blare out later), and the first gesture unlocks it.
 */

type AudioContextConstructor = new () => AudioContext;

let context: AudioContext | null = null;

function audioContextClass(): AudioContextConstructor | null {
  if (typeof window === 'undefined') {
    return null;
  }
  const candidate = window as unknown as {
    AudioContext?: AudioContextConstructor;
    webkitAudioContext?: AudioContextConstructor;
  };
  return candidate.AudioContext ?? candidate.webkitAudioContext ?? null;
}

function sharedContext(): AudioContext | null {
  const AudioContextClass = audioContextClass();
  if (!AudioContextClass) {
    return null;
  }
  context ??= new AudioContextClass();
  return context;
}

/** Plays the alert beep once, or nothing when the browser does not allow sound yet. */
export function playAlertSound(): void {
  try {
    const audio = sharedContext();
    if (!audio || audio.state !== 'running') {
      return;
    }
    const start = audio.currentTime;
    for (const [offset, frequency] of [
      [0, 880],
      [0.22, 660],
    ] as const) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.25, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.18);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.2);
    }
  } catch {
    // No audio device, or the browser refused: the banner is still on screen.
  }
}

/**
 * Resumes the audio context on the person's next click or key press, which browsers accept as
 * permission to play; returns the function that stops listening.
 */
export function unlockAlertSoundOnGesture(): () => void {
  if (typeof document === 'undefined' || !audioContextClass()) {
    return () => undefined;
  }
  const unlock = (): void => {
    try {
      const audio = sharedContext();
      if (audio && audio.state !== 'running') {
        audio.resume().catch(() => undefined);
      }
    } catch {
      // Refused again: the next alert stays silent, the banner does not.
    }
  };
  document.addEventListener('pointerdown', unlock, { once: true });
  document.addEventListener('keydown', unlock, { once: true });
  return () => {
    document.removeEventListener('pointerdown', unlock);
    document.removeEventListener('keydown', unlock);
  };
}
