	.text
	.globl _start
_start:
	sub $8192, %rsp
	xor %r12d, %r12d
	xor %r8d, %r8d
loop:
	mov %r12, %rax
	and $15, %rax
	shl $4, %rax
	lea table(%rip), %rsi
	add %rax, %rsi
	mov %r12, %rdi
	and $15, %rdi
	shl $9, %rdi
	add %rsp, %rdi
	movsd (%rsi), %xmm0
	movsd 8(%rsi), %xmm1
	movupd (%rsi), %xmm8
	movapd %xmm0, %xmm2
	addsd %xmm1, %xmm2
	movsd %xmm2, 0(%rdi)
	movapd %xmm0, %xmm2
	subsd 8(%rsi), %xmm2
	movsd %xmm2, 8(%rdi)
	movapd %xmm0, %xmm2
	mulsd %xmm1, %xmm2
	movsd %xmm2, 16(%rdi)
	movapd %xmm0, %xmm2
	divsd %xmm1, %xmm2
	movsd %xmm2, 24(%rdi)
	sqrtsd %xmm0, %xmm2
	movsd %xmm2, 32(%rdi)
	movapd %xmm0, %xmm2
	minsd %xmm1, %xmm2
	movsd %xmm2, 40(%rdi)
	movapd %xmm0, %xmm2
	maxsd 8(%rsi), %xmm2
	movsd %xmm2, 48(%rdi)
	cvttsd2si %xmm0, %rcx
	mov %rcx, 56(%rdi)
	cvttsd2si %xmm1, %ecx
	mov %rcx, 64(%rdi)
	cvtsd2si %xmm1, %rcx
	mov %rcx, 72(%rdi)
	cvtsi2sd %rcx, %xmm3
	movsd %xmm3, 80(%rdi)
	cvtsi2sdl 12(%rsi), %xmm3
	movsd %xmm3, 88(%rdi)
	cvtsd2ss %xmm0, %xmm4
	movss %xmm4, 96(%rdi)
	cvtss2sd %xmm4, %xmm5
	movsd %xmm5, 104(%rdi)
	cvtss2sd 8(%rsi), %xmm5
	movsd %xmm5, 112(%rdi)
	movss (%rsi), %xmm6
	movss 8(%rsi), %xmm7
	movaps %xmm6, %xmm9
	addss %xmm7, %xmm9
	movss %xmm9, 120(%rdi)
	movaps %xmm6, %xmm9
	subss %xmm7, %xmm9
	movss %xmm9, 124(%rdi)
	movaps %xmm6, %xmm9
	mulss %xmm7, %xmm9
	movss %xmm9, 128(%rdi)
	movaps %xmm6, %xmm9
	divss 8(%rsi), %xmm9
	movss %xmm9, 132(%rdi)
	sqrtss %xmm7, %xmm9
	movss %xmm9, 136(%rdi)
	movaps %xmm6, %xmm9
	minss %xmm7, %xmm9
	movss %xmm9, 140(%rdi)
	maxss %xmm6, %xmm7
	movss %xmm7, 144(%rdi)
	cvttss2si %xmm6, %ecx
	mov %ecx, 148(%rdi)
	movapd %xmm8, %xmm9
	shufpd $1, %xmm9, %xmm9
	movapd %xmm9, %xmm10
	addpd %xmm8, %xmm10
	movupd %xmm10, 152(%rdi)
	movapd %xmm9, %xmm10
	subpd %xmm8, %xmm10
	movupd %xmm10, 168(%rdi)
	movapd %xmm9, %xmm10
	mulpd (%rsi), %xmm10
	movupd %xmm10, 184(%rdi)
	movapd %xmm9, %xmm10
	divpd %xmm8, %xmm10
	movupd %xmm10, 200(%rdi)
	movapd %xmm9, %xmm10
	minpd %xmm8, %xmm10
	maxpd %xmm8, %xmm9
	movupd %xmm10, 216(%rdi)
	movupd %xmm9, 232(%rdi)
	movaps %xmm8, %xmm10
	shufps $0x1b, %xmm10, %xmm10
	movaps %xmm10, %xmm11
	addps %xmm8, %xmm11
	movups %xmm11, 248(%rdi)
	mulps %xmm8, %xmm10
	movdqu %xmm10, 264(%rdi)
	movapd %xmm0, %xmm2
	cmpltsd %xmm1, %xmm2
	movsd %xmm2, 280(%rdi)
	movapd %xmm0, %xmm2
	cmpunordsd %xmm1, %xmm2
	movsd %xmm2, 288(%rdi)
	movapd %xmm8, %xmm10
	cmpneqpd %xmm9, %xmm10
	movupd %xmm10, 296(%rdi)
	movaps %xmm8, %xmm10
	cmpnleps %xmm11, %xmm10
	movdqu %xmm10, 312(%rdi)
	movapd %xmm8, %xmm10
	xorpd %xmm9, %xmm10
	andpd %xmm11, %xmm10
	andnpd %xmm8, %xmm10
	orpd %xmm9, %xmm10
	pxor %xmm11, %xmm10
	movdqu %xmm10, 328(%rdi)
	unpcklpd %xmm0, %xmm10
	unpckhpd %xmm8, %xmm11
	movupd %xmm10, 344(%rdi)
	movupd %xmm11, 360(%rdi)
	unpcklps %xmm8, %xmm10
	cvtps2pd %xmm10, %xmm11
	cvtpd2ps %xmm8, %xmm12
	movdqu %xmm11, 376(%rdi)
	movq %xmm12, 392(%rdi)
	pcmpeqb %xmm8, %xmm12
	pmovmskb %xmm12, %ecx
	mov %ecx, 400(%rdi)
	paddd %xmm8, %xmm12
	psubw %xmm9, %xmm12
	paddq %xmm8, %xmm12
	pshufd $0x4e, %xmm12, %xmm13
	movdqa %xmm13, %xmm14
	movmskpd %xmm8, %ecx
	mov %ecx, 404(%rdi)
	movq %xmm14, %rcx
	mov %rcx, 408(%rdi)
	movd %xmm14, %ecx
	mov %rcx, 416(%rdi)
	movq %rcx, %xmm15
	movd %ecx, %xmm14
	movdqu %xmm14, 424(%rdi)
	movq %xmm15, 440(%rdi)
	movq 8(%rsi), %xmm15
	movhpd (%rsi), %xmm15
	movupd %xmm15, 448(%rdi)
	movlpd 8(%rsi), %xmm15
	movhpd %xmm15, 464(%rdi)
	movlhps %xmm0, %xmm15
	movhlps %xmm8, %xmm15
	movdqu %xmm15, 472(%rdi)
	ucomisd %xmm1, %xmm0
	setp %cl
	seta %dl
	setb %bl
	sete %bpl
	inc %r8
	setb %r9b
	jp 1f
	add $3, %r8
1:
	mov %cl, 488(%rdi)
	mov %dl, 489(%rdi)
	mov %bl, 490(%rdi)
	mov %bpl, 491(%rdi)
	mov %r9b, 492(%rdi)
	comiss %xmm7, %xmm6
	setbe %cl
	mov %cl, 493(%rdi)
	mov %r8, 496(%rdi)
	inc %r12
	cmp $20000, %r12
	jne loop
	mov $1, %eax
	mov $1, %edi
	mov %rsp, %rsi
	mov $8192, %edx
	syscall
	mov $60, %eax
	xor %edi, %edi
	syscall
	.p2align 4
table:
	.quad 0x3ff8000000000000, 0x4002000000000000
	.quad 0x7ff0000000000001, 0x3ff0000000000000
	.quad 0x3ff0000000000000, 0xfff0000000000abc
	.quad 0x7ff8000000000123, 0x7ff4000000000000
	.quad 0x7ff0000000000000, 0xfff0000000000000
	.quad 0x0000000000000000, 0x8000000000000000
	.quad 0x8000000000000000, 0x0000000000000000
	.quad 0xc010000000000000, 0x43e0000000000000
	.quad 0xc3e0000000000000, 0xc3e0000000000001
	.quad 0x41dfffffffe00000, 0xc1e0000000100000
	.quad 0x7fe1ccf385ebc8a0, 0x7fe1ccf385ebc8a0
	.quad 0x0000000000000001, 0x3fe0000000000000
	.quad 0x7ff0000000000000, 0x0000000000000000
	.quad 0x4008000000000000, 0x401c000000000000
	.quad 0xc004000000000000, 0x4004000000000000
	.quad 0x7fc000013f800000, 0x7f8000017f800001
